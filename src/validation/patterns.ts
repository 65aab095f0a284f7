/**
 * AWS's format constraints, written from the Smithy models in linear-time form. Each entry quotes the
 * model's pattern when it was rewritten; the rewrite accepts exactly the same strings.
 */
import { functionPattern, regexPattern, type SafePattern } from "./safe-pattern";

// ---- shared building blocks -------------------------------------------------------------------

/** `^\S+$` (many AppFlow members). */
export const NO_WHITESPACE = regexPattern(/^\S+$/, "non-empty with no whitespace");

/** Java's and JS's `.` stop at line terminators; a `.*` segment can never span one. */
function firstLine(value: string): string {
  const end = value.search(/[\n\r\u2028\u2029]/);
  return end === -1 ? value : value.slice(0, end);
}

/**
 * AppFlow's ARN patterns `^<prefix>.*:[0-9]+:` (and `^arn:aws:.*:.*:[0-9]+:` for any service) backtrack
 * polynomially as written. Equivalent check: the prefix, then `extraColons` more colons, then
 * `:<digits>:` somewhere after them, all on the first line.
 */
export function arnPrefixPattern(prefix: string, describe: string, extraColons = 0): SafePattern {
  return functionPattern((value) => {
    if (!value.startsWith(prefix)) return false;
    let rest = firstLine(value.slice(prefix.length));
    for (let i = 0; i < extraColons; i++) {
      const colon = rest.indexOf(":");
      if (colon === -1) return false;
      rest = rest.slice(colon + 1);
    }
    return /:[0-9]+:/.test(rest);
  }, describe);
}

// ---- Amazon AppFlow ---------------------------------------------------------------------------

export const APPFLOW = {
  connectorProfileName: regexPattern(/^[\w/!@#+=.-]+$/, "letters, digits and _ / ! @ # + = . -"),
  connectorLabel: regexPattern(/^[a-zA-Z0-9][\w!@#.-]+$/, "a letter or digit followed by letters, digits and _ ! @ # . -"),
  description: regexPattern(/^[\s\w/!@#+=.-]*$/, "letters, digits, spaces and _ / ! @ # + = . -"),
  clientToken: regexPattern(/^[ -~]+$/, "printable ASCII characters"),
  kmsArn: arnPrefixPattern("arn:aws:kms:", "a KMS key ARN (arn:aws:kms:<region>:<account>:key/...)"),
  iamRoleArn: arnPrefixPattern("arn:aws:iam:", "an IAM role ARN (arn:aws:iam::<account>:role/...)"),
  secretsManagerArn: arnPrefixPattern("arn:aws:secretsmanager:", "a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:...)"),
  lambdaArn: arnPrefixPattern("arn:aws:", "an ARN (arn:aws:<service>:<region>:<account>:...)", 1),
  /** `^(https?)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]$`: one anchored start, linear as is. */
  httpUrl: regexPattern(/^https?:\/\/[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]$/, "an http(s) URL"),
  warehouse: regexPattern(/^[\s\w/!@#+=.-]*$/, "letters, digits, spaces and _ / ! @ # + = . -"),
  /**
   * `^$|com.amazonaws.vpce.[\w/!:@#.\-]+$`: the second branch is unanchored at the start (a search),
   * and its dots match any character. Equivalent: empty, or some "com?amazonaws?vpce?" occurrence on
   * the last line is followed only by (at least one) allowed characters up to the end.
   */
  privateLinkServiceName: functionPattern((value) => {
    if (value === "") return true;
    const template = "com.amazonaws.vpce.";
    let tail = value.length; // start of the longest suffix made only of allowed characters
    while (tail > 0 && /[\w/!:@#.-]/.test(value[tail - 1]!)) tail--;
    // An occurrence ending at p needs tail <= p < length: it starts within 19 characters before that.
    for (let start = Math.max(0, tail - template.length); start + template.length < value.length; start++) {
      let ok = true;
      for (let i = 0; i < template.length && ok; i++) {
        const ch = value[start + i]!;
        ok = template[i] === "." ? !/[\n\r\u2028\u2029]/.test(ch) : ch === template[i];
      }
      if (ok) return true;
    }
    return false;
  }, "a VPC endpoint service name (com.amazonaws.vpce....)"),
  sapClientNumber: regexPattern(/^\d{3}$/, "three digits"),
  sapLogonLanguage: regexPattern(/^[a-zA-Z0-9_]*$/, "letters, digits and _"),
  jwtToken: regexPattern(/^[a-zA-Z0-9_=]+\.[a-zA-Z0-9_=]+\.[a-zA-Z0-9_\-+/=]*$/, "a JWT (header.payload.signature)"),
  mapKey: regexPattern(/^\w+$/, "letters, digits and _"),
} as const;

// ---- Amazon EventBridge -----------------------------------------------------------------------

export const EVENTBRIDGE = {
  connectionName: regexPattern(/^[.\-_A-Za-z0-9]+$/, "letters, digits and . - _"),
  /**
   * `^[ \t]*[^\x00-\x1F:\x7F]+([ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*$` backtracks exponentially (spaces are in
   * both the separator and the word class). It accepts exactly: tabs and characters other than
   * controls and ':', with at least one non-tab. Equivalent: leading tabs, one allowed non-tab, then
   * any allowed characters or tabs.
   */
  authHeaderValue: regexPattern(
    /^\t*[^\x00-\x1F:\x7F][^\x00-\x08\x0A-\x1F:\x7F]*$/,
    "printable characters without ':' or control characters (tabs allowed)",
  ),
  /**
   * `^((%[0-9A-Fa-f]{2}|[-()_.!~*';/?:@\x26=+$,A-Za-z0-9])+)([).!';/?:,])?$`: the optional last group
   * is a subset of the repeated class, so it adds nothing; https is what EventBridge demands.
   */
  httpsEndpoint: regexPattern(
    /^https:\/\/(?:%[0-9A-Fa-f]{2}|[-()_.!~*';/?:@&=+$,A-Za-z0-9])+$/,
    "an https URL (percent-encoded where needed)",
  ),
  resourceConfigurationArn: regexPattern(
    /^(?:arn:[a-z0-9-]+:vpc-lattice:[a-zA-Z0-9-]+:\d{12}:resourceconfiguration\/rcfg-[0-9a-z]{17})?$/,
    "a VPC Lattice resource configuration ARN (arn:aws:vpc-lattice:<region>:<account>:resourceconfiguration/rcfg-...)",
  ),
  /** `^[!#$%&'*+-.^_`|~0-9a-zA-Z]+$`: note `+-.` is a range, so ',' is allowed too. */
  headerKey: regexPattern(/^[!#$%&'*+,\-.^_`|~0-9a-zA-Z]+$/, "an HTTP header name (token characters)"),
  /** `^[ \t]*[\x20-\x7E]+([ \t]+[\x20-\x7E]+)*[ \t]*$` backtracks exponentially; same rewrite as above. */
  headerValue: regexPattern(/^\t*[\x20-\x7E][\t\x20-\x7E]*$/, "printable ASCII characters (tabs allowed)"),
  queryStringKey: regexPattern(/^[^\x00-\x1F\x7F]+$/, "non-empty without control characters"),
  queryStringValue: regexPattern(/^[^\x00-\x09\x0B\x0C\x0E-\x1F\x7F]+$/, "non-empty without control characters"),
  kmsKeyIdentifier: regexPattern(/^[a-zA-Z0-9_\-/:]*$/, "a KMS key id, alias or ARN"),
} as const;

// ---- AWS IoT Managed Integrations -------------------------------------------------------------

const OAUTH_URL_HOST = /[-a-zA-Z0-9@:%._+~#=]/;
const OAUTH_URL_TLD = /[a-zA-Z0-9()]/;

export const IOT_MANAGED_INTEGRATIONS = {
  name: regexPattern(/^[A-Za-z0-9_ -]+$/, "letters, digits, spaces, - and _"),
  id: regexPattern(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _"),
  /** AccountAssociationId: `^[0-9a-zA-Z]+$` (unlike the other ids, no - or _). */
  accountAssociationId: regexPattern(/^[0-9a-zA-Z]+$/, "letters and digits"),
  clientToken: regexPattern(/^[a-zA-Z0-9=_-]+$/, "letters, digits and = _ -"),
  authMaterialName: regexPattern(/^[a-zA-Z0-9=_+/-]+$/, "letters, digits and = _ + / -"),
  secretsManagerArn: regexPattern(
    /^arn:aws:secretsmanager:[0-9a-zA-Z-]{1,32}:\d{12}:secret:[A-Za-z0-9/_+=.@-]{8,520}$/,
    "a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>)",
  ),
  /**
   * `^https?:\/\/(www\.)?[-a-zA-Z0-9@:%._\+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}([-a-zA-Z0-9()@:%_\+.~#?&\/=]*)$`
   * backtracks (the host class contains '.'). The tail class contains every other class, so the URL
   * matches iff all of it after the scheme is tail characters and, within the first 256 host
   * characters (after an optional "www."), some '.' is preceded only by host characters and followed
   * by a TLD character.
   */
  oauthUrl: functionPattern((value) => {
    const scheme = /^https?:\/\//.exec(value);
    if (!scheme) return false;
    const rest = value.slice(scheme[0].length);
    if (!/^[-a-zA-Z0-9()@:%_+.~#?&/=]*$/.test(rest)) return false;
    const starts = rest.startsWith("www.") ? [0, 4] : [0];
    return starts.some((start) => {
      for (let dot = start + 1; dot <= start + 256 && dot + 1 < rest.length; dot++) {
        if (!OAUTH_URL_HOST.test(rest[dot - 1]!)) return false;
        if (rest[dot] === "." && OAUTH_URL_TLD.test(rest[dot + 1]!)) return true;
      }
      return false;
    });
  }, "an http(s) URL with a host name"),
} as const;
