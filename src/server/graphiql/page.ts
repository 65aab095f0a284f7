/** The GraphiQL HTML shell: no inline script (the CSP forbids it); app.js reads its settings from data attributes. */
export function graphiqlPage(options: { assetBase: string; graphqlPath: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>integration-gateway · GraphiQL</title>
  <link rel="stylesheet" href="${options.assetBase}/graphiql.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql" data-graphql-path="${options.graphqlPath}" data-examples="/graphiql/examples.json">Loading GraphiQL…</div>
  <script src="${options.assetBase}/react.js"></script>
  <script src="${options.assetBase}/react-dom.js"></script>
  <script src="${options.assetBase}/graphiql.js"></script>
  <script src="${options.assetBase}/app.js"></script>
</body>
</html>
`;
}
