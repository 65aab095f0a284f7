/** The GraphiQL HTML shell: no inline script (the CSP forbids it); app.js reads its settings from data attributes. */
export function graphiqlPage(options: { asset: (name: string) => string; graphqlPath: string; examplesPath: string }): string {
  const { asset } = options;
  // boot.js starts the schema and examples requests at once; the others are deferred: they download in parallel with the stylesheet and run in order once the page is parsed.
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>integration-gateway · GraphiQL</title>
  <link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48" />
  <link rel="stylesheet" href="${asset("graphiql.css")}" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  <script src="${asset("boot.js")}" data-graphql-path="${options.graphqlPath}" data-examples="${options.examplesPath}"></script>
  <script defer src="${asset("vendor.js")}"></script>
  <script defer src="${asset("app.js")}"></script>
</head>
<body>
  <div id="graphiql" data-graphql-path="${options.graphqlPath}" data-examples="${options.examplesPath}">Loading GraphiQL…</div>
</body>
</html>
`;
}
