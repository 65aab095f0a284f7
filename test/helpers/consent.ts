/** Plays the end user on the sandbox's OAuth consent page: opens the URL and clicks Approve. */
export async function approveConsent(consentUrl: string): Promise<number> {
  const url = new URL(consentUrl);
  const html = await (await fetch(url)).text();
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  if (!form) throw new Error("no form on the consent page");
  const fields = new URLSearchParams();
  for (const [, name, value] of form[2]!.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields.set(name!, value!);
  fields.set("decision", "approve");
  const approved = await fetch(new URL(form[1]!.replace(/&amp;/g, "&"), url), { method: "POST", body: fields, redirect: "manual" });
  return approved.status;
}
