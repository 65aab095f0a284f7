// Browser side of GraphiQL (plain ES2017, served as is, not compiled).
//  - The schema is fetched with `isOneOf`, so the editor knows the @oneOf inputs: two members of one
//    are flagged while typing, not after Run, and the docs say "@oneOf" on those inputs.
//  - Worked examples live in an "Examples" panel of the sidebar, grouped by service, operation and
//    auth variant; each click opens a new tab with the file's text as the server has it now.
//  - Browser storage keeps query text only: variables, headers and responses are never written, and
//    string values of write-only (secret) input fields are blanked from the stored query text.
//  - No default headers are sent.
/* global React, ReactDOM, GraphiQL */
(function () {
  "use strict";
  var mark = function (name) { if (performance.mark) performance.mark(name); };
  mark("graphiql-app-start");
  var h = React.createElement;
  var GraphQL = GraphiQL.GraphQL;
  var root = document.getElementById("graphiql");
  var graphqlUrl = root.getAttribute("data-graphql-path");
  var examplesUrl = root.getAttribute("data-examples");

  var EXAMPLES_TITLE = "Examples";
  var DEFAULT_QUERY = [
    "# Welcome to the integration-gateway: AWS AppFlow, EventBridge and IoT Managed Integrations in",
    "# one GraphQL schema. Press Run (Ctrl-Enter) to see which backend is live and what exists.",
    "#",
    "# Worked examples for every query, mutation and auth variant are in the Examples panel",
    "# (the list icon in the left sidebar): each one opens in a new tab, fresh from its file.",
    "# Auth inputs are @oneOf: give exactly one member, the editor flags a second one.",
    "{",
    "  gatewayInfo { backend region version }",
    "  integrations(first: 10) { nodes { id kind displayName status } }",
    "}",
    "",
  ].join("\n");

  // ---------------------------------------------------------------- schema (with @oneOf)

  /** Set once the schema is known: "Type.field" of every write-only input field. */
  var secretFields = null;

  var boot = window.integrationGatewayBoot || {};

  function introspect() {
    // boot.js sent the same request from the page's head; fall back to sending it here.
    if (boot.introspection) return boot.introspection;
    var query = GraphQL.getIntrospectionQuery({ oneOf: true, inputValueDeprecation: true, schemaDescription: true });
    return fetch(graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: query, operationName: "IntrospectionQuery" }),
    }).then(function (res) { return res.json(); });
  }

  function loadSchema() {
    return introspect()
      .then(function (result) {
        mark("graphiql-schema-fetched");
        if (!result.data) throw new Error((result.errors && result.errors[0] && result.errors[0].message) || "introspection failed");
        var secrets = {};
        result.data.__schema.types.forEach(function (type) {
          if (type.kind !== "INPUT_OBJECT") return;
          // GraphiQL 3's docs do not show @oneOf: say it at the top of the input's description.
          if (type.isOneOf) type.description = "**@oneOf**: give exactly one of these fields.\n\n" + (type.description || "");
          (type.inputFields || []).forEach(function (field) {
            if (field.description && field.description.indexOf("Secret: write-only") !== -1) secrets[type.name + "." + field.name] = true;
          });
        });
        secretFields = secrets;
        var schema = GraphQL.buildClientSchema(result.data, { assumeValid: true });
        mark("graphiql-schema-built");
        return schema;
      });
  }

  // ---------------------------------------------------------------- storage: query text only

  var NAMESPACE = "graphiql:";
  var MARKER = "integration-gateway:graphiql";
  var MARKER_VERSION = "2";
  var STRING_LITERAL = /"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"/g;

  /** The query text with the string values of secret input fields replaced by "". */
  function scrubQuery(text) {
    if (typeof text !== "string" || text.indexOf('"') === -1) return text;
    var ranges = [];
    try {
      var schema = currentSchema;
      if (!schema || !secretFields) throw new Error("no schema");
      var typeInfo = new GraphQL.TypeInfo(schema);
      GraphQL.visit(GraphQL.parse(text), GraphQL.visitWithTypeInfo(typeInfo, {
        ObjectField: function (node) {
          var parent = typeInfo.getParentInputType();
          var named = parent && GraphQL.getNamedType(parent);
          if (!named || !secretFields[named.name + "." + node.name.value]) return undefined;
          GraphQL.visit(node.value, { StringValue: function (s) { ranges.push([s.loc.start, s.loc.end]); } });
          return false;
        },
      }));
    } catch (e) {
      // Unparsable (half typed) or no schema yet: blank every string rather than keep a secret.
      return text.replace(STRING_LITERAL, '""');
    }
    ranges.sort(function (a, b) { return b[0] - a[0]; });
    ranges.forEach(function (r) { text = text.slice(0, r[0]) + '""' + text.slice(r[1]); });
    return text;
  }

  function scrubTabs(value) {
    var state = JSON.parse(value);
    state.tabs = state.tabs.map(function (tab) {
      return { id: tab.id, hash: null, title: tab.title, query: scrubQuery(tab.query), variables: null, headers: null, operationName: tab.operationName, response: null };
    });
    return JSON.stringify(state);
  }

  function scrubHistory(key, value) {
    var parsed = JSON.parse(value);
    var out = {};
    out[key] = (parsed[key] || []).map(function (item) {
      return { query: scrubQuery(item.query), operationName: item.operationName, label: item.label, favorite: item.favorite };
    });
    return JSON.stringify(out);
  }

  /** What may be written under a GraphiQL key: nothing of variables or headers, scrubbed query text. */
  function scrub(key, value) {
    var name = key.indexOf(NAMESPACE) === 0 ? key.slice(NAMESPACE.length) : key;
    try {
      switch (name) {
        case "variables":
        case "headers":
          return null;
        case "query":
          return scrubQuery(value);
        case "tabState":
          return scrubTabs(value);
        case "queries":
        case "favorites":
          return scrubHistory(name, value);
        default:
          return value; // layout, theme, visible plugin, operation name
      }
    } catch (e) {
      return null;
    }
  }

  /**
   * GraphiQL's `storage`: localStorage, but only what scrub() lets through. Until the schema is known
   * (secret fields are named by it) writes wait in memory, so nothing is stored half scrubbed.
   */
  var pending = {};
  var schemaReady = false;
  function write(key, value) {
    var safe = scrub(key, value);
    try {
      if (safe == null) localStorage.removeItem(key);
      else localStorage.setItem(key, safe);
    } catch (e) { /* quota or disabled storage: keep nothing */ }
  }
  function flushPending() {
    schemaReady = true;
    Object.keys(pending).forEach(function (key) {
      if (pending[key] == null) localStorage.removeItem(key);
      else write(key, pending[key]);
    });
    pending = {};
  }
  var storage = {
    getItem: function (key) {
      if (Object.prototype.hasOwnProperty.call(pending, key)) return pending[key];
      try { return localStorage.getItem(key); } catch (e) { return null; }
    },
    setItem: function (key, value) {
      if (schemaReady) write(key, value);
      else pending[key] = value;
    },
    removeItem: function (key) {
      if (schemaReady) localStorage.removeItem(key);
      else pending[key] = null;
    },
    clear: function () {
      pending = {};
      Object.keys(localStorage).forEach(function (key) { if (key.indexOf(NAMESPACE) === 0) localStorage.removeItem(key); });
    },
    get length() {
      return Object.keys(localStorage).filter(function (key) { return key.indexOf(NAMESPACE) === 0; }).length;
    },
  };

  // Earlier versions kept every example as a tab, and variables and headers in plain text: drop all of it once.
  var firstVisit = false;
  try {
    if (localStorage.getItem(MARKER) !== MARKER_VERSION) {
      firstVisit = localStorage.getItem(MARKER) === null;
      Object.keys(localStorage).forEach(function (key) { if (key.indexOf(NAMESPACE) === 0) localStorage.removeItem(key); });
      localStorage.setItem(MARKER, MARKER_VERSION);
      // The Examples panel starts open; once closed, GraphiQL forgets the key and it stays closed.
      if (firstVisit) localStorage.setItem(NAMESPACE + "visiblePlugin", EXAMPLES_TITLE);
    }
    localStorage.removeItem(NAMESPACE + "variables");
    localStorage.removeItem(NAMESPACE + "headers");
  } catch (e) { /* storage disabled */ }

  // ---------------------------------------------------------------- fetcher

  var baseFetcher = GraphiQL.createFetcher({ url: graphqlUrl });

  /**
   * GraphiQL works out the operation name 100 ms after an edit or a tab switch; a Run sooner would
   * send the previous tab's name. Trust it only when the document defines it.
   */
  function fetcher(params, options) {
    try {
      var names = GraphQL.parse(params.query).definitions
        .filter(function (d) { return d.kind === "OperationDefinition"; })
        .map(function (d) { return d.name ? d.name.value : null; });
      if (names.indexOf(params.operationName) === -1) {
        params = Object.assign({}, params, { operationName: names.length === 1 ? names[0] || undefined : undefined });
      }
    } catch (e) { /* let the server report the syntax error */ }
    return baseFetcher(params, options);
  }

  // ---------------------------------------------------------------- examples panel

  var examplesState = { list: null, error: null, listeners: [] };
  function loadExamples() {
    // no-cache: revalidated each time (a 304 while the files are unchanged), so the panel shows what is on disk.
    var request = boot.examples || fetch(examplesUrl, { cache: "no-cache" }).then(function (res) { return res.json(); });
    boot.examples = null; // the panel's next opening asks again
    return request
      .then(function (list) { examplesState.list = list; examplesState.error = null; })
      .catch(function (e) { examplesState.error = String(e); })
      .then(function () { examplesState.listeners.forEach(function (l) { l(); }); });
  }

  function ExamplesIcon() {
    return h("svg", { viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", strokeWidth: 1.5, "aria-hidden": "true", height: "1em" },
      h("rect", { x: 4, y: 3, width: 16, height: 18, rx: 2 }),
      h("path", { d: "M8 8h8M8 12h8M8 16h5" }));
  }

  function group(list, filter) {
    var needle = filter.trim().toLowerCase();
    var services = [];
    var byService = {};
    list.forEach(function (e) {
      var text = (e.service + " " + e.operation + " " + e.variant + " " + e.operationName + " " + e.description).toLowerCase();
      if (needle && text.indexOf(needle) === -1) return;
      var s = byService[e.service];
      if (!s) { s = byService[e.service] = { name: e.service, operations: [], byOperation: {} }; services.push(s); }
      var o = s.byOperation[e.operation];
      if (!o) { o = s.byOperation[e.operation] = { name: e.operation, examples: [] }; s.operations.push(o); }
      o.examples.push(e);
    });
    return services;
  }

  function ExamplesPanel() {
    var editor = GraphiQL.React.useEditorContext({ nonNull: true });
    var forceState = React.useState(0);
    var filterState = React.useState("");
    React.useEffect(function () {
      var listener = function () { forceState[1](function (n) { return n + 1; }); };
      examplesState.listeners.push(listener);
      loadExamples();
      return function () { examplesState.listeners.splice(examplesState.listeners.indexOf(listener), 1); };
    }, []);

    function open(example) {
      editor.addTab();
      // addTab fills the new tab's editors when React applies it; write the example after that.
      setTimeout(function () {
        if (editor.queryEditor) editor.queryEditor.setValue(example.query);
        if (editor.variableEditor) editor.variableEditor.setValue(example.variables);
        if (editor.headerEditor) editor.headerEditor.setValue("");
        // The tab takes its title from the document 100 ms later; then bring it into view.
        setTimeout(function () {
          var active = document.querySelector(".graphiql-tab-active");
          if (active) active.scrollIntoView({ block: "nearest", inline: "nearest" });
        }, 150);
      }, 0);
    }

    var body;
    if (examplesState.error) body = h("p", { className: "ig-examples-note" }, "Could not load the examples: " + examplesState.error);
    else if (!examplesState.list) body = h("p", { className: "ig-examples-note" }, "Loading…");
    else {
      var services = group(examplesState.list, filterState[0]);
      body = services.length === 0
        ? h("p", { className: "ig-examples-note" }, "No example matches.")
        : services.map(function (s) {
          return h("details", { key: s.name, open: true, className: "ig-examples-service" },
            h("summary", null, s.name),
            s.operations.map(function (o) {
              return h("div", { key: o.name, className: "ig-examples-operation" },
                h("div", { className: "ig-examples-operation-name" }, o.name),
                h("ul", null, o.examples.map(function (e) {
                  return h("li", { key: e.name },
                    h("button", { type: "button", className: "ig-examples-item", "data-example": e.name, title: e.description, onClick: function () { open(e); } },
                      e.variant || e.operationName || e.name));
                })));
            }));
        });
    }
    return h("section", { className: "ig-examples", "aria-label": "Examples" },
      h("div", { className: "graphiql-doc-explorer-title" }, "Examples"),
      h("p", { className: "ig-examples-note" }, "Every query, mutation and auth variant. A click opens it in a new tab, fresh from examples/."),
      h("input", { type: "search", className: "ig-examples-filter", placeholder: "Filter (service, operation, auth…)", value: filterState[0], onChange: function (ev) { filterState[1](ev.target.value); } }),
      body);
  }

  var style = document.createElement("style");
  style.textContent = [
    ".ig-examples { font-size: var(--font-size-body); }",
    ".ig-examples-note { color: hsla(var(--color-neutral), var(--alpha-secondary)); margin: var(--px-8) 0; }",
    ".ig-examples-filter { width: 100%; box-sizing: border-box; margin: var(--px-8) 0; padding: var(--px-6) var(--px-8); border: 1px solid hsla(var(--color-neutral), var(--alpha-background-heavy)); border-radius: var(--border-radius-4); background: hsl(var(--color-base)); color: hsl(var(--color-neutral)); font: inherit; }",
    ".ig-examples-service { margin-top: var(--px-12); }",
    ".ig-examples-service > summary { cursor: pointer; font-weight: var(--font-weight-medium); font-size: var(--font-size-h4); }",
    ".ig-examples-operation { margin: var(--px-8) 0 0 var(--px-12); }",
    ".ig-examples-operation-name { font-family: var(--font-family-mono); color: hsl(var(--color-info)); }",
    ".ig-examples-operation ul { list-style: none; margin: var(--px-4) 0 0; padding: 0 0 0 var(--px-8); }",
    ".ig-examples-item { background: none; border: 0; padding: var(--px-2) var(--px-4); color: hsl(var(--color-primary)); cursor: pointer; font: inherit; text-align: left; border-radius: var(--border-radius-4); }",
    ".ig-examples-item:hover, .ig-examples-item:focus-visible { background: hsla(var(--color-neutral), var(--alpha-background-light)); text-decoration: underline; }",
    // Many tabs scroll inside the header (GraphiQL 3 lets them widen the page) and "+" stays in view.
    ".graphiql-session-header > .graphiql-tabs { min-width: 0; flex: 1 1 auto; }",
    ".graphiql-tabs > .graphiql-tab { flex: 0 0 auto; }",
    ".graphiql-tabs > .graphiql-tab-add { position: sticky; right: 0; flex: 0 0 auto; background: hsl(var(--color-base)); box-shadow: -8px 0 8px hsl(var(--color-base)); }",
  ].join("\n");
  document.head.appendChild(style);

  var examplesPlugin = { title: EXAMPLES_TITLE, icon: ExamplesIcon, content: ExamplesPanel };
  var plugins = [examplesPlugin];

  // ---------------------------------------------------------------- @oneOf in autocompletion

  /**
   * graphql-language-service offers every field of an input object, @oneOf or not. Once one member of
   * a @oneOf input is written, offer no other: wrap CodeMirror's "graphql" hint helper.
   */
  var hintWrapped = false;
  function wrapHint(cm) {
    if (hintWrapped || !cm || !cm.constructor || !cm.constructor.hint) return;
    var CodeMirror = cm.constructor;
    var original = CodeMirror.hint.graphql;
    if (!original) return;
    hintWrapped = true;
    CodeMirror.registerHelper("hint", "graphql", function (editor, options) {
      var result = original(editor, options);
      if (!result || !result.list || !result.list.length || !currentSchema) return result;
      var taken = siblingKeys(editor.getValue(), editor.indexFromPos(editor.getCursor()));
      if (!taken || taken.length === 0) return result;
      var oneOf = oneOfTypeWith(result.list.map(function (i) { return i.text; }).concat(taken));
      if (!oneOf) return result;
      result.list = []; // a member is written already: a second one would be an error
      return result;
    });
  }

  /** Keys already written in the innermost `{ ... }` around the cursor, but the one being typed. */
  function siblingKeys(text, cursor) {
    var depth = 0;
    var open = -1;
    var inString = false;
    for (var i = cursor - 1; i >= 0; i--) {
      var c = text[i];
      if (c === '"' && text[i - 1] !== "\\") inString = !inString;
      if (inString) continue;
      if (c === "}" || c === ")" || c === "]") depth++;
      else if (c === "{" || c === "(" || c === "[") {
        if (depth === 0) { open = i; break; }
        depth--;
      }
    }
    if (open < 0 || text[open] !== "{") return null;
    var keys = [];
    var level = 0;
    inString = false;
    var name = /[_A-Za-z][_0-9A-Za-z]*/y;
    var colon = /\s*:/y;
    for (var j = open + 1; j < text.length; j++) {
      var ch = text[j];
      if (ch === '"' && text[j - 1] !== "\\") inString = !inString;
      if (inString) continue;
      if (ch === "#") { while (j < text.length && text[j] !== "\n") j++; continue; }
      if (ch === "{" || ch === "(" || ch === "[") { level++; continue; }
      if (ch === "}" || ch === ")" || ch === "]") { if (level === 0) break; level--; continue; }
      if (level !== 0 || !/[_A-Za-z]/.test(ch) || /[_0-9A-Za-z]/.test(text[j - 1] || "")) continue;
      name.lastIndex = j;
      var m = name.exec(text);
      colon.lastIndex = j + m[0].length;
      var typing = cursor >= j && cursor <= j + m[0].length;
      if (colon.test(text) && !typing) keys.push(m[0]);
      j += m[0].length - 1;
    }
    return keys;
  }

  /**
   * The variables editor's lint (codemirror-graphql) checks types but not @oneOf: add an error on
   * every object given for a @oneOf input that does not have exactly one non-null member.
   */
  var variablesLintWrapped = false;
  function wrapVariablesLint(cm) {
    var CodeMirror = cm && cm.constructor;
    if (variablesLintWrapped || !CodeMirror || !CodeMirror.lint || !CodeMirror.lint["graphql-variables"]) return;
    var original = CodeMirror.lint["graphql-variables"];
    variablesLintWrapped = true;
    CodeMirror.registerHelper("lint", "graphql-variables", function (text, options, editor) {
      var annotations = original(text, options, editor) || [];
      var variableToType = options && options.variableToType;
      if (!text || !variableToType) return annotations;
      var ast;
      try { ast = parseJsonWithPositions(text); } catch (e) { return annotations; }
      if (!ast || ast.kind !== "object") return annotations;
      ast.members.forEach(function (member) {
        var type = variableToType[member.key];
        if (type) checkOneOf(member.value, type, function (node, message) {
          annotations.push({ message: message, severity: "error", type: "validation", from: editor.posFromIndex(node.start), to: editor.posFromIndex(node.end) });
        });
      });
      return annotations;
    });
  }

  function checkOneOf(node, type, report) {
    if (!node || node.kind === "null") return;
    var t = GraphQL.getNullableType(type);
    if (GraphQL.isListType(t)) {
      if (node.kind === "array") node.items.forEach(function (item) { checkOneOf(item, t.ofType, report); });
      else checkOneOf(node, t.ofType, report); // a single value for a list
      return;
    }
    if (!GraphQL.isInputObjectType(t) || node.kind !== "object") return;
    var fields = t.getFields();
    if (t.isOneOf) {
      var given = node.members.filter(function (m) { return m.value.kind !== "null"; });
      if (node.members.length !== 1) report(node, 'OneOf Input Object "' + t.name + '" must specify exactly one key.');
      else if (given.length !== 1) report(node, 'Field "' + t.name + "." + node.members[0].key + '" must be non-null.');
    }
    node.members.forEach(function (m) { if (fields[m.key]) checkOneOf(m.value, fields[m.key].type, report); });
  }

  /** A JSON parser that keeps where each value starts and ends (for lint markers). Throws on bad JSON. */
  function parseJsonWithPositions(text) {
    var i = 0;
    function ws() { while (i < text.length && /\s/.test(text[i])) i++; }
    function fail() { throw new Error("bad JSON at " + i); }
    function string() {
      var start = i;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      if (text[i] !== '"') fail();
      i++;
      return JSON.parse(text.slice(start, i));
    }
    function value() {
      ws();
      var start = i;
      var c = text[i];
      if (c === "{") {
        i++;
        var members = [];
        ws();
        if (text[i] === "}") { i++; return { kind: "object", members: members, start: start, end: i }; }
        for (;;) {
          ws();
          if (text[i] !== '"') fail();
          var key = string();
          ws();
          if (text[i] !== ":") fail();
          i++;
          members.push({ key: key, value: value() });
          ws();
          if (text[i] === ",") { i++; continue; }
          if (text[i] === "}") { i++; return { kind: "object", members: members, start: start, end: i }; }
          fail();
        }
      }
      if (c === "[") {
        i++;
        var items = [];
        ws();
        if (text[i] === "]") { i++; return { kind: "array", items: items, start: start, end: i }; }
        for (;;) {
          items.push(value());
          ws();
          if (text[i] === ",") { i++; continue; }
          if (text[i] === "]") { i++; return { kind: "array", items: items, start: start, end: i }; }
          fail();
        }
      }
      if (c === '"') { string(); return { kind: "string", start: start, end: i }; }
      var m = /^(?:null|true|false|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
      if (!m) fail();
      i += m[0].length;
      return { kind: m[0] === "null" ? "null" : "scalar", start: start, end: i };
    }
    var result = value();
    ws();
    if (i !== text.length) fail();
    return result;
  }

  /** A @oneOf input type having all these field names, if any. */
  function oneOfTypeWith(names) {
    var types = currentSchema.getTypeMap();
    for (var name in types) {
      var type = types[name];
      if (!type.isOneOf || !type.getFields) continue;
      var fields = type.getFields();
      if (names.every(function (n) { return Object.prototype.hasOwnProperty.call(fields, n); })) return type;
    }
    return null;
  }

  // ---------------------------------------------------------------- render

  var currentSchema = null;
  var reactRoot = ReactDOM.createRoot(root);
  var schemaError = null;

  function render() {
    reactRoot.render(
      h(GraphiQL, {
        fetcher: fetcher,
        // null: GraphiQL fetches nothing itself (its introspection has no isOneOf); ours arrives in parallel.
        schema: currentSchema,
        dangerouslyAssumeSchemaIsValid: true,
        storage: storage,
        defaultQuery: DEFAULT_QUERY,
        shouldPersistHeaders: false,
        isHeadersEditorEnabled: true,
        plugins: plugins,
        defaultEditorToolsVisibility: "variables",
      }),
    );
  }

  /**
   * Wraps completion and the variables lint once GraphiQL's editors and their CodeMirror addons exist,
   * then calls back (after ~10 s without them it gives up and calls back anyway). GraphiQL loads the
   * addons and creates the editors on its own schedule: often after the schema has arrived, since
   * boot.js asks for that early. Wrapping only if the editor was already there at that point left
   * completion offering a second @oneOf member, and the variables JSON unchecked, on about half the loads.
   */
  function whenEditorsWrapped(done) {
    var attempts = 0;
    (function attempt() {
      var cm = document.querySelector(".graphiql-query-editor .CodeMirror");
      if (cm && cm.CodeMirror) {
        wrapHint(cm.CodeMirror);
        wrapVariablesLint(cm.CodeMirror);
      }
      if ((hintWrapped && variablesLintWrapped) || ++attempts >= 500) done();
      else setTimeout(attempt, 20);
    })();
  }

  render();
  loadSchema()
    .then(function (schema) { currentSchema = schema; }, function (e) { schemaError = e; console.error("GraphiQL: could not load the schema", e); })
    .then(function () {
      flushPending();
      render();
      whenEditorsWrapped(function () {
        // Lint what the variables editor may hold already, with the wrapped lint.
        var variables = document.querySelector(".graphiql-editor-tool .CodeMirror");
        if (variables && variables.CodeMirror && variables.CodeMirror.performLint) variables.CodeMirror.performLint();
        // The page is usable now: editor, schema (lint, completion, docs) and the examples panel.
        mark("graphiql-ready");
        document.documentElement.setAttribute("data-graphiql-ready", schemaError ? "no-schema" : "true");
      });
    });
})();
