// Browser side of GraphiQL (plain ES2017, served as is). Loads the worked examples as tabs.
/* global React, ReactDOM, GraphiQL */
(function () {
  "use strict";
  var root = document.getElementById("graphiql");
  var url = root.getAttribute("data-graphql-path");
  var headers = JSON.stringify({ Authorization: "Bearer <token> (not required yet: the gateway has no auth today)" }, null, 2);

  function render(tabs) {
    var fetcher = GraphiQL.createFetcher({ url: url });
    ReactDOM.createRoot(root).render(
      React.createElement(GraphiQL, {
        fetcher: fetcher,
        defaultTabs: tabs,
        defaultHeaders: headers,
        headerEditorEnabled: true,
        shouldPersistHeaders: false,
        defaultEditorToolsVisibility: "variables",
      }),
    );
  }

  fetch(root.getAttribute("data-examples"))
    .then(function (res) { return res.json(); })
    .then(function (examples) {
      render(examples.map(function (e) { return { query: e.query, variables: e.variables, headers: headers }; }));
    })
    .catch(function () { render(undefined); });
})();
