/**
 * The GraphiQL page's own script (served as a file: the CSP allows no inline scripts). It asks
 * for a sign-in first and keeps the session where the web app keeps it (localStorage
 * `gongkai.session`), then sends the bearer token with every request, introspection included.
 */
export const GRAPHIQL_PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var KEY = 'gongkai.session';
  var root = document.getElementById('graphiql');
  function session() {
    try {
      var s = JSON.parse(localStorage.getItem(KEY) || 'null');
      return s && s.token && new Date(s.expiresAt).getTime() > Date.now() ? s : null;
    } catch (e) { return null; }
  }
  function el(tag, attrs, children) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { n.append(c); });
    return n;
  }
  function showLogin(message) {
    var email = el('input', { type: 'email', name: 'email', placeholder: 'e-mail', required: '', autocomplete: 'username' });
    var password = el('input', { type: 'password', name: 'password', placeholder: 'password', required: '', autocomplete: 'current-password' });
    var note = el('p', { 'class': 'note', 'data-testid': 'graphiql-login-message' }, [message || 'GraphiQL is for signed-in analysts, supervisors and admins.']);
    var form = el('form', { 'class': 'login', 'data-testid': 'graphiql-login' }, [el('h1', {}, ['Gongkai Lens · GraphiQL']), note, email, password, el('button', { type: 'submit' }, ['Sign in'])]);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { id email role regionCodes } } }',
          variables: { e: email.value, p: password.value },
        }),
      }).then(function (r) { return r.json(); }).then(function (body) {
        var s = body && body.data && body.data.login;
        if (!s) { note.textContent = (body.errors && body.errors[0] && body.errors[0].message) || 'sign-in failed'; return; }
        if (s.user.role === 'VIEWER') { note.textContent = 'viewers cannot use GraphiQL: an analyst account or above is needed'; return; }
        localStorage.setItem(KEY, JSON.stringify(s));
        showGraphiql(s);
      }, function (e) { note.textContent = String(e); });
    });
    root.replaceChildren(form);
  }
  function showGraphiql(s) {
    var fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { Authorization: 'Bearer ' + s.token } });
    var query = '# Signed in as ' + s.user.email + ' (' + s.user.role + ').\n' +
      '{\n  trend(metric: "requests.received", fromYear: 2019, toYear: 2025, groupBy: YEAR) {\n    key label points { year value }\n  }\n}\n';
    ReactDOM.createRoot(root).render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: query, defaultEditorToolsVisibility: true }));
  }
  var s = session();
  if (s && s.user && s.user.role !== 'VIEWER') showGraphiql(s); else showLogin();
})();
`;
