/*
 * NewsFacts progressive enhancement. Every page works without this file; it only makes
 * some interactions quicker. No dependencies.
 *
 *   <form data-swap="#target">   submit with fetch and replace #target's content with the response
 *   <a data-swap="#target">      same for a link (GET), e.g. pagination inside a swapped region
 *   <div id="job" data-poll="/url" data-interval="2000">   refresh own content until done
 *   <button data-confirm="Delete?">  /  <form data-confirm="...">   ask before submitting
 *   <details data-collapse-mobile open>   closed on load on narrow screens (facet sidebar)
 *
 * Requests carry the header "X-Swap-Target: <selector>" (or "X-Poll: 1") so a view may answer
 * with a fragment. A full page is fine too: the element matching the selector (or the poller's
 * id) is cut out of it. A poller stops when the new content has no element with data-poll
 * under the same id, contains [data-poll-done], or the server answers 286 or 204.
 */
(function () {
  "use strict";

  var NARROW = "(max-width: 55.99rem)"; // keep in step with the 56rem breakpoint in app.css
  var MAX_BACKOFF_MS = 30000;

  // A full page goes through DOMParser; a fragment through <template>, whose parser keeps
  // table rows (<tr> outside a table would be dropped by a plain body parse).
  function parse(text) {
    if (/<(html|body)[\s>]/i.test(text)) {
      var doc = new DOMParser().parseFromString(text, "text/html");
      return { root: doc, html: doc.body.innerHTML };
    }
    var tpl = document.createElement("template");
    tpl.innerHTML = text;
    return { root: tpl.content, html: tpl.innerHTML };
  }

  // Pick the part of a response that belongs in `target`: a same-id/same-selector element when
  // the server sent a page or a wrapper, otherwise the whole response.
  function extract(text, selector, target) {
    var parsed = parse(text);
    var match = null;
    if (target.id) match = parsed.root.getElementById(target.id);
    if (!match && selector) {
      try { match = parsed.root.querySelector(selector); } catch (e) { match = null; }
    }
    return { html: match ? match.innerHTML : parsed.html, element: match };
  }

  function swap(target, html) {
    target.innerHTML = html;
    enhance(target);
    // Tell assistive tech and other scripts that the region changed.
    target.dispatchEvent(new CustomEvent("newsfacts:swapped", { bubbles: true }));
  }

  function request(url, options, selector, target) {
    target.setAttribute("aria-busy", "true");
    options.headers = Object.assign({ "X-Swap-Target": selector }, options.headers || {});
    options.credentials = "same-origin";
    return fetch(url, options).then(function (resp) {
      // 400/422 carry form errors worth showing; other failures fall back to a normal page load.
      if (!resp.ok && resp.status !== 400 && resp.status !== 422) throw new Error("HTTP " + resp.status);
      return resp.text().then(function (text) {
        var part = extract(text, selector, target);
        swap(target, part.html);
        return resp;
      });
    }).finally(function () {
      target.removeAttribute("aria-busy");
    });
  }

  function onSubmit(event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.hasAttribute("data-confirm") && !window.confirm(form.getAttribute("data-confirm"))) {
      event.preventDefault();
      return;
    }
    var selector = form.getAttribute("data-swap");
    if (!selector) return;
    var target = document.querySelector(selector);
    if (!target || !window.fetch) return;
    event.preventDefault();

    var method = (form.getAttribute("method") || "get").toUpperCase();
    var action = form.getAttribute("action") || window.location.pathname;
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) data.append(event.submitter.name, event.submitter.value);
    var url = action;
    var options = { method: method };
    if (method === "GET") {
      var query = new URLSearchParams(data).toString();
      url = action.split("?")[0] + (query ? "?" + query : "");
    } else {
      options.body = data;
    }
    request(url, options, selector, target).then(function () {
      // Filters stay shareable: the address bar shows what is on screen.
      if (method === "GET" && form.hasAttribute("data-push-url")) window.history.replaceState(null, "", url);
    }).catch(function () {
      form.submit(); // no submit event, so this is a plain full-page submission
    });
  }

  function onClick(event) {
    var el = event.target.closest ? event.target.closest("[data-confirm], a[data-swap]") : null;
    if (!el) return;
    if (el.hasAttribute("data-confirm") && el.tagName !== "FORM") {
      if (!window.confirm(el.getAttribute("data-confirm"))) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
    }
    if (el.tagName === "A" && el.hasAttribute("data-swap")) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; // new tab etc.
      var selector = el.getAttribute("data-swap");
      var target = document.querySelector(selector);
      if (!target || !window.fetch) return;
      event.preventDefault();
      var href = el.href;
      request(href, { method: "GET" }, selector, target).then(function () {
        window.history.replaceState(null, "", href);
      }).catch(function () { window.location.href = href; });
    }
  }

  // ---- polling ----
  function startPoll(el) {
    if (el._nfPolling) return;
    el._nfPolling = true;
    var base = parseInt(el.getAttribute("data-interval"), 10) || 2000;
    var delay = base;

    function stop() {
      el._nfPolling = false;
      el.removeAttribute("data-poll");
    }

    function tick() {
      if (!el.isConnected || !el.hasAttribute("data-poll")) { el._nfPolling = false; return; }
      if (document.hidden) { setTimeout(tick, base); return; } // no work for a background tab
      var url = el.getAttribute("data-poll");
      fetch(url, { headers: { "X-Poll": "1" }, credentials: "same-origin" }).then(function (resp) {
        if (resp.status === 286 || resp.status === 204) { stop(); return null; }
        if (!resp.ok) throw new Error("HTTP " + resp.status);
        return resp.text();
      }).then(function (text) {
        if (text === null || text === undefined) return;
        var part = extract(text, null, el);
        el.innerHTML = part.html;
        enhance(el, true);
        var done = (part.element && !part.element.hasAttribute("data-poll")) ||
          el.querySelector("[data-poll-done]") !== null;
        if (done) { stop(); return; }
        delay = base;
        setTimeout(tick, delay);
      }).catch(function () {
        delay = Math.min(delay * 2, MAX_BACKOFF_MS); // back off while the server is unhappy
        setTimeout(tick, delay);
      });
    }
    setTimeout(tick, base);
  }

  function collapseOnNarrow(root) {
    if (!window.matchMedia || !window.matchMedia(NARROW).matches) return;
    root.querySelectorAll("details[data-collapse-mobile]").forEach(function (d) {
      // Keep it open when it holds an active filter error the user must see.
      if (!d.querySelector("[aria-invalid='true']")) d.removeAttribute("open");
    });
  }

  function enhance(root, skipSelf) {
    if (!skipSelf && root.hasAttribute && root.hasAttribute("data-poll")) startPoll(root);
    root.querySelectorAll("[data-poll]").forEach(startPoll);
  }

  document.documentElement.classList.add("js");
  document.addEventListener("submit", onSubmit);
  document.addEventListener("click", onClick);
  document.addEventListener("DOMContentLoaded", function () {
    collapseOnNarrow(document);
    enhance(document.body);
  });
})();
