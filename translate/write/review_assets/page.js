/* newsroom-translate review page: the page's only script (allowed by its CSP hash).
 *
 * Reads the edition from the JSON data block (id "review-data"), builds the page
 * with createElement/textContent only (article text is never parsed as HTML), keeps the
 * reviewer's work in localStorage under the edition's key, and exports the edition's own
 * XLIFF 2 file with the edited targets and state="reviewed" put in.
 */
(function () {
  "use strict";

  var XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
  var DATA = JSON.parse(document.getElementById("review-data").textContent);
  var SEGS = DATA.segments;
  var BY_ID = {};
  SEGS.forEach(function (s, i) {
    s.index = i;
    BY_ID[s.id] = s;
  });
  var BLOCKS = DATA.blocks;
  var CATS = DATA.categories;
  var ORDER_FINDINGS = "findings";
  var UNDO_LIMIT = 500;

  /* ---------------------------------------------------------------- persistence */

  /* The work is one JSON value under DATA.key; a sentence's text typed in an open editor and
   * not yet saved (a draft) is kept under DATA.key + "/drafts" on every keystroke and again on
   * blur, pagehide and visibilitychange, so a reload or a closed tab does not lose it. Every
   * change first reads what is stored (another tab of the same edition may have saved since),
   * puts this change in, writes, and reads the value back: only then does the page say "saved". */
  var storageOk = true;
  var work = { v: 1, segs: {}, undo: [] };
  var lastStored = null;
  var DRAFTS_KEY = DATA.key + "/drafts";
  var drafts = {};
  var saveEl = null;

  function parseWork(raw) {
    var out = { v: 1, segs: {}, undo: [] };
    if (!raw) return out;
    var parsed;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      return out;
    }
    if (!parsed || parsed.v !== 1 || typeof parsed.segs !== "object" || parsed.segs === null) return out;
    Object.keys(parsed.segs).forEach(function (id) {
      var s = BY_ID[id];
      var e = parsed.segs[id];
      if (!s || !e || typeof e !== "object") return;
      var entry = {};
      if (typeof e.target === "string" && e.target !== s.target) entry.target = e.target;
      if (e.reviewed === true && s.origin !== "tm") entry.reviewed = true;
      if (Object.keys(entry).length) out.segs[id] = entry;
    });
    if (Array.isArray(parsed.undo)) {
      out.undo = parsed.undo.filter(function (u) {
        return u && typeof u.id === "string" && BY_ID[u.id];
      });
    }
    return out;
  }

  function readStored() {
    // the stored text, or undefined when the browser refuses to read
    try {
      return window.localStorage.getItem(DATA.key);
    } catch (e) {
      storageOk = false;
      return undefined;
    }
  }

  function loadWork() {
    var raw = readStored();
    if (raw === undefined) return;
    work = parseWork(raw);
    lastStored = raw;
    try {
      var d = JSON.parse(window.localStorage.getItem(DRAFTS_KEY) || "{}");
      if (d && typeof d === "object") {
        Object.keys(d).forEach(function (id) {
          if (Object.prototype.hasOwnProperty.call(BY_ID, id) && typeof d[id] === "string") drafts[id] = d[id];
        });
      }
    } catch (e) {
      /* no drafts kept */
    }
  }

  function sync() {
    // take in what another tab stored since this one last read or wrote
    if (!storageOk) return;
    var raw = readStored();
    if (raw === undefined || raw === lastStored) return;
    var old = work;
    work = parseWork(raw);
    lastStored = raw;
    if (!rows || !listEl) return;
    SEGS.forEach(function (s) {
      if (JSON.stringify(old.segs[s.id] || null) !== JSON.stringify(work.segs[s.id] || null)) updateRow(s);
    });
    updateCounts();
  }

  function saveWork() {
    if (!storageOk) {
      showSaveState();
      return false;
    }
    var text = JSON.stringify(work);
    try {
      window.localStorage.setItem(DATA.key, text);
      if (window.localStorage.getItem(DATA.key) !== text) throw new Error("the stored work reads back different");
      lastStored = text;
    } catch (e) {
      storageOk = false;
      say("Your browser refused to keep your work: export it before closing the page.");
      showStorageWarning();
    }
    showSaveState();
    return storageOk;
  }

  function storeDrafts(dropped) {
    // this tab's drafts over the stored ones (another tab's stay), less the ones it closed
    if (!storageOk) return;
    try {
      var all = {};
      try {
        var stored = JSON.parse(window.localStorage.getItem(DRAFTS_KEY) || "{}");
        if (stored && typeof stored === "object") all = stored;
      } catch (e) {
        all = {};
      }
      (dropped || []).forEach(function (id) {
        delete all[id];
      });
      Object.keys(drafts).forEach(function (id) {
        all[id] = drafts[id];
      });
      if (Object.keys(all).length) window.localStorage.setItem(DRAFTS_KEY, JSON.stringify(all));
      else window.localStorage.removeItem(DRAFTS_KEY);
    } catch (e) {
      /* the unload warning still covers an open editor */
    }
  }

  function unsavedEdits() {
    // sentences whose open editor holds text that is not their saved translation
    return SEGS.filter(function (s) {
      var r = rows[s.id];
      if (!r || !r.editing || !r.area) return false;
      return clean(r.area.value) !== clean(currentTarget(s));
    });
  }

  var sending = false;

  function hasUnsaved() {
    return sending || unsavedEdits().length > 0 || (!storageOk && Object.keys(work.segs).length > 0);
  }

  function showSaveState() {
    if (!saveEl) return;
    var open = unsavedEdits();
    var state, text;
    if (!storageOk) {
      state = "failed";
      text = "Not saved: this browser does not keep your work. Export it before closing the page.";
    } else if (sending) {
      state = "sending";
      text = "Sending to the server\u2026 (your work is also kept in this browser)";
    } else if (open.length) {
      state = "unsaved";
      text = "Not saved yet: sentence " + open.map(function (s) { return s.id; }).join(", ") +
        " (Enter saves; the text is kept as a draft if the page closes).";
    } else {
      state = "saved";
      text = Object.keys(work.segs).length ? "All changes saved in this browser." : "No changes yet.";
    }
    saveEl.setAttribute("data-state", state);
    saveEl.textContent = text;
  }

  function flushDrafts() {
    // a pagehide, a hidden tab or a blur: keep what the open editors hold
    SEGS.forEach(function (s) {
      var r = rows[s.id];
      if (r && r.editing && r.area) drafts[s.id] = r.area.value;
    });
    storeDrafts();
    showSaveState();
  }

  /* ---------------------------------------------------------------- state of a sentence */

  function currentTarget(s) {
    var e = work.segs[s.id];
    return e && typeof e.target === "string" ? e.target : s.target;
  }
  function isEdited(s) {
    var e = work.segs[s.id];
    return !!(e && typeof e.target === "string" && e.target !== s.target);
  }
  function isReviewed(s) {
    var e = work.segs[s.id];
    return isEdited(s) || !!(e && e.reviewed);
  }
  function isDone(s) {
    return !s.needs_review || isReviewed(s);
  }
  function statusText(s) {
    if (isEdited(s)) return "edited";
    if (isReviewed(s)) return "reviewed";
    if (s.origin === "tm") return "confirmed earlier";
    if (!s.needs_review) return "no review needed";
    return "to review";
  }

  function change(s, entry, what) {
    var before = work.segs[s.id] ? JSON.parse(JSON.stringify(work.segs[s.id])) : null;
    if (entry && Object.keys(entry).length) work.segs[s.id] = entry;
    else delete work.segs[s.id];
    work.undo.push({ id: s.id, before: before, what: what });
    if (work.undo.length > UNDO_LIMIT) work.undo.splice(0, work.undo.length - UNDO_LIMIT);
    saveWork();
    updateRow(s);
    updateCounts();
  }

  function clean(text) {
    // sentences are one line without edge spaces; controls XML cannot hold and lone
    // surrogates are dropped
    return text
      .trim()
      .replace(/\r\n|[\r\n\t\u2028\u2029]/g, " ")
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "")
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "$1\uFFFD");
  }

  function accept(s) {
    sync();
    if (!s.needs_review && s.origin === "tm") {
      say("Sentence " + s.id + " was confirmed earlier.");
      return;
    }
    var e = work.segs[s.id] ? JSON.parse(JSON.stringify(work.segs[s.id])) : {};
    if (isEdited(s)) {
      say("Sentence " + s.id + " is edited: use Undo or Revert to drop the edit.");
      return;
    }
    if (e.reviewed) {
      delete e.reviewed;
      change(s, e, "unmark");
      say("Sentence " + s.id + " marked not reviewed.");
    } else {
      e.reviewed = true;
      change(s, e, "review");
      say("Sentence " + s.id + " marked reviewed.");
    }
  }

  function saveEdit(s, text) {
    sync();
    var value = clean(text);
    if (!value.trim()) {
      say("An empty translation cannot be confirmed: type the translation or press Escape.");
      return false;
    }
    var e = work.segs[s.id] ? JSON.parse(JSON.stringify(work.segs[s.id])) : {};
    if (value === s.target || value === clean(s.target)) {
      delete e.target;
      e.reviewed = s.origin !== "tm" ? true : undefined;
      if (!e.reviewed) delete e.reviewed;
    } else {
      e.target = value;
    }
    change(s, e, "edit");
    say("Sentence " + s.id + (isEdited(s) ? " edited." : " kept as it was and marked reviewed."));
    return true;
  }

  function revert(s) {
    sync();
    if (!work.segs[s.id]) {
      say("Sentence " + s.id + " has no change to revert.");
      return;
    }
    change(s, null, "revert");
    say("Sentence " + s.id + " reverted to the machine translation.");
  }

  function undo() {
    sync();
    var last = work.undo.pop();
    if (!last) {
      say("Nothing to undo.");
      return;
    }
    if (last.before) work.segs[last.id] = last.before;
    else delete work.segs[last.id];
    saveWork();
    var s = BY_ID[last.id];
    updateRow(s);
    updateCounts();
    focusRow(s);
    say("Undone: " + (last.what || "change") + " of sentence " + s.id + ".");
  }

  /* ---------------------------------------------------------------- building the page */

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]);
      });
    }
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function percent(x) {
    return Math.round(x * 100) + "%";
  }

  function marked(container, text, marks) {
    // text with (possibly overlapping) [start, end, category, title] marks, in code points
    var chars = Array.from(text);
    var cuts = [0, chars.length];
    marks.forEach(function (m) {
      cuts.push(Math.max(0, Math.min(m[0], chars.length)));
      cuts.push(Math.max(0, Math.min(m[1], chars.length)));
    });
    cuts = cuts
      .filter(function (v, i, a) {
        return a.indexOf(v) === i;
      })
      .sort(function (a, b) {
        return a - b;
      });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i];
      var b = cuts[i + 1];
      var piece = chars.slice(a, b).join("");
      var over = marks.filter(function (m) {
        return m[0] <= a && b <= m[1];
      });
      if (!over.length) {
        container.appendChild(document.createTextNode(piece));
        continue;
      }
      var classes = ["m"];
      var titles = [];
      over.forEach(function (m) {
        classes.push("m-" + m[2]);
        if (titles.indexOf(m[3]) < 0) titles.push(m[3]);
      });
      var tag = over.some(function (m) {
        return m[2] !== "name-ok" && m[2] !== "inline";
      })
        ? "mark"
        : "span";
      container.appendChild(el(tag, { class: classes.join(" "), title: titles.join("\n") }, piece));
    }
  }

  var rows = {};
  var listEl, countsEl, statusEl, filterEl, orderEl, exportInfo, storageWarn, undoEl;
  var current = null;

  function paragraphText(s) {
    var b = BLOCKS[s.block];
    var parts = ["\u00b6 " + (s.block + 1) + " " + b.kind.replace("_", " ")];
    if (b.cell) {
      parts.push("table " + (b.cell[0] + 1) + ", row " + (b.cell[1] + 1) + ", column " + (b.cell[2] + 1));
    }
    if (b.language) {
      parts.push(
        b.language + (b.confidence !== null ? " " + percent(b.confidence) : "") +
          (b.method && b.method !== "langdetect" ? " (" + b.method + ")" : "")
      );
    } else {
      parts.push("language not detected");
    }
    if (s.language && s.language !== b.language) parts.push("sentence: " + s.language);
    return parts.join(" \u00b7 ");
  }

  function buildRow(s) {
    var row = el("li", {
      class: "row",
      id: "row-" + s.id,
      tabindex: "-1",
      "data-id": s.id,
      "aria-labelledby": "head-" + s.id,
    });
    var head = el("div", { class: "row-head" });
    var h = el("h2", { class: "row-title", id: "head-" + s.id });
    h.appendChild(el("span", { class: "vh" }, "Sentence "));
    h.appendChild(el("span", { class: "segid" }, s.id));
    head.appendChild(h);
    head.appendChild(el("span", { class: "para", title: "paragraph, its language and confidence" }, paragraphText(s)));
    var status = el("span", { class: "status" });
    head.appendChild(status);
    row.appendChild(head);

    var src = el("div", { class: "cell src" });
    src.appendChild(el("div", { class: "cell-label" }, "Source \u00b7 " + (s.language || DATA.source_language)));
    var srcText = el("p", { class: "text", lang: s.language || DATA.source_language, dir: "auto" });
    marked(srcText, s.source, s.marks.source);
    src.appendChild(srcText);
    row.appendChild(src);

    var tgt = el("div", { class: "cell tgt " + DATA.direction });
    tgt.appendChild(el("div", { class: "cell-label" }, "Translation \u00b7 " + DATA.locale));
    var tgtText = el("p", { class: "text", lang: DATA.locale, dir: DATA.direction });
    tgt.appendChild(tgtText);
    row.appendChild(tgt);

    if (s.findings.length) {
      var list = el("ul", { class: "findings", "aria-label": "Findings for sentence " + s.id });
      s.findings.forEach(function (f) {
        var li = el("li", { class: "finding sev-" + f.severity + " f-" + f.category });
        li.appendChild(el("span", { class: "tag m m-" + f.category }, f.label));
        li.appendChild(el("span", { class: "sev" }, f.severity));
        li.appendChild(el("span", { class: "msg" }, f.message));
        list.appendChild(li);
      });
      row.appendChild(list);
    }

    var actions = el("div", { class: "actions", role: "group", "aria-label": "Actions for sentence " + s.id });
    var bAccept = el("button", { type: "button", class: "accept", "aria-pressed": "false", "aria-keyshortcuts": "A" }, "Reviewed");
    bAccept.setAttribute("aria-label", "Mark sentence " + s.id + " reviewed (key A)");
    var bEdit = el("button", { type: "button", class: "edit", "aria-keyshortcuts": "E", "aria-label": "Edit the translation of sentence " + s.id + " (key E)" }, "Edit");
    var bRevert = el("button", { type: "button", class: "revert", "aria-label": "Revert sentence " + s.id + " to the machine translation" }, "Revert");
    bAccept.addEventListener("click", function () {
      accept(s);
    });
    bEdit.addEventListener("click", function () {
      startEdit(s);
    });
    bRevert.addEventListener("click", function () {
      revert(s);
    });
    actions.appendChild(bAccept);
    actions.appendChild(bEdit);
    actions.appendChild(bRevert);
    row.appendChild(actions);

    row.addEventListener("focusin", function () {
      setCurrent(s, false);
    });
    rows[s.id] = { row: row, status: status, tgt: tgt, tgtText: tgtText, accept: bAccept, revert: bRevert, edit: bEdit, editing: false, area: null };
    updateRow(s);
    return row;
  }

  function updateRow(s) {
    var r = rows[s.id];
    if (!r) return;
    var edited = isEdited(s);
    r.tgtText.textContent = "";
    if (edited) {
      r.tgtText.appendChild(document.createTextNode(currentTarget(s)));
    } else {
      marked(r.tgtText, s.target, s.marks.target);
    }
    if (!currentTarget(s)) r.tgtText.appendChild(el("span", { class: "empty" }, "(no translation)"));
    var st = statusText(s);
    r.status.textContent = st;
    r.status.className = "status st-" + st.replace(/ /g, "-");
    r.row.classList.toggle("done", isDone(s));
    r.row.classList.toggle("has-findings", s.findings.length > 0);
    r.row.classList.toggle("is-edited", edited);
    r.accept.setAttribute("aria-pressed", isReviewed(s) ? "true" : "false");
    r.accept.disabled = s.origin === "tm" && !s.needs_review;
    r.revert.disabled = !work.segs[s.id];
    applyFilterTo(s);
  }

  function startEdit(s, draft) {
    var r = rows[s.id];
    if (r.editing) {
      r.tgt.querySelector("textarea").focus();
      return;
    }
    r.editing = true;
    var box = el("div", { class: "editor" });
    var area = el("textarea", {
      lang: DATA.locale,
      dir: DATA.direction,
      rows: "3",
      "aria-label": "Translation of sentence " + s.id + " (" + DATA.locale + ")",
      "aria-describedby": "edit-help-" + s.id,
    });
    area.value = typeof draft === "string" ? draft : currentTarget(s);
    r.area = area;
    var help = el("p", { class: "hint", id: "edit-help-" + s.id }, "Enter saves and marks the sentence reviewed; Escape cancels.");
    var bSave = el("button", { type: "button", class: "save" }, "Save");
    var bCancel = el("button", { type: "button", class: "cancel" }, "Cancel");
    bSave.setAttribute("aria-label", "Save the translation of sentence " + s.id);
    bCancel.setAttribute("aria-label", "Cancel editing sentence " + s.id);
    function finish(save) {
      if (save && !saveEdit(s, area.value)) {
        area.focus();
        return;
      }
      delete drafts[s.id];
      storeDrafts([s.id]);
      r.area = null;
      r.editing = false;
      box.remove();
      r.tgtText.hidden = false;
      showSaveState();
      focusRow(s);
    }
    area.addEventListener("input", function () {
      drafts[s.id] = area.value;
      storeDrafts();
      showSaveState();
    });
    area.addEventListener("blur", flushDrafts);
    area.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
        ev.preventDefault();
        finish(true);
      } else if (ev.key === "Escape") {
        ev.preventDefault();
        finish(false);
      }
      ev.stopPropagation();
    });
    bSave.addEventListener("click", function () {
      finish(true);
    });
    bCancel.addEventListener("click", function () {
      finish(false);
    });
    box.appendChild(area);
    box.appendChild(help);
    var btns = el("div", { class: "actions" });
    btns.appendChild(bSave);
    btns.appendChild(bCancel);
    box.appendChild(btns);
    r.tgtText.hidden = true;
    r.tgt.appendChild(box);
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
    showSaveState();
  }

  /* ---------------------------------------------------------------- filter, order, counts */

  var FILTERS = [
    ["all", "All sentences"],
    ["findings", "Sentences with findings"],
    ["todo", "Left to review"],
    ["todo-findings", "Left to review, with findings"],
    ["edited", "Edited"],
    ["names", "Names (glossary)"],
    ["numbers", "Numbers and dates"],
    ["untranslated", "Untranslated text"],
  ];

  function matches(s, filter) {
    var cats = s.findings.map(function (f) {
      return f.category;
    });
    switch (filter) {
      case "findings":
        return s.findings.length > 0;
      case "todo":
        return !isDone(s);
      case "todo-findings":
        return !isDone(s) && s.findings.length > 0;
      case "edited":
        return isEdited(s);
      case "names":
        return cats.some(function (c) {
          return c.indexOf("name-") === 0;
        });
      case "numbers":
        return cats.indexOf("number") >= 0 || cats.indexOf("date") >= 0;
      case "untranslated":
        return cats.indexOf("untranslated") >= 0;
      default:
        return true;
    }
  }

  function applyFilterTo(s) {
    if (!filterEl) return;
    var r = rows[s.id];
    // the sentence being worked on stays visible until focus leaves it
    r.row.hidden = !matches(s, filterEl.value) && !(current === s && r.row.contains(document.activeElement));
  }

  function sortedSegments(order) {
    var list = SEGS.slice();
    if (order === ORDER_FINDINGS) {
      list.sort(function (a, b) {
        var da = isDone(a) ? 1 : 0;
        var db = isDone(b) ? 1 : 0;
        return da - db || b.rank - a.rank || a.index - b.index;
      });
    }
    return list;
  }

  function arrange() {
    sortedSegments(orderEl.value).forEach(function (s) {
      listEl.appendChild(rows[s.id].row);
      applyFilterTo(s);
    });
    updateCounts();
  }

  function updateCounts() {
    if (!countsEl) return;
    undoEl.disabled = work.undo.length === 0;
    var need = SEGS.filter(function (s) {
      return s.needs_review;
    });
    var left = need.filter(function (s) {
      return !isReviewed(s);
    });
    var leftFindings = left.filter(function (s) {
      return s.findings.length > 0;
    });
    var errors = 0;
    var warnings = 0;
    leftFindings.forEach(function (s) {
      s.findings.forEach(function (f) {
        if (f.severity === "error") errors++;
        else if (f.severity === "warning") warnings++;
      });
    });
    var edited = SEGS.filter(isEdited).length;
    var reviewed = need.length - left.length;
    var shown = SEGS.filter(function (s) {
      return !rows[s.id].row.hidden;
    }).length;
    countsEl.textContent = "";
    [
      ["left", left.length + " of " + need.length + " sentences left to review"],
      ["left-findings", leftFindings.length + " left with findings (" + plural(errors, "error") + ", " + plural(warnings, "warning") + ")"],
      ["reviewed", reviewed + " reviewed, " + edited + " edited"],
      ["shown", shown + " of " + SEGS.length + " shown"],
    ].forEach(function (c) {
      countsEl.appendChild(el("li", { "data-count": c[0] }, c[1]));
    });
  }

  /* ---------------------------------------------------------------- navigation */

  function visibleRows() {
    return Array.prototype.filter.call(listEl.children, function (row) {
      return !row.hidden;
    });
  }

  function setCurrent(s, scroll) {
    if (current && rows[current.id]) rows[current.id].row.classList.remove("current");
    var previous = current;
    current = s;
    var r = rows[s.id];
    r.row.classList.add("current");
    Array.prototype.forEach.call(listEl.children, function (row) {
      row.setAttribute("tabindex", row === r.row ? "0" : "-1");
    });
    if (previous && previous !== s) applyFilterTo(previous);
    if (scroll) r.row.scrollIntoView({ block: "nearest" });
  }

  function focusRow(s) {
    setCurrent(s, true);
    rows[s.id].row.focus({ preventScroll: true });
    rows[s.id].row.scrollIntoView({ block: "nearest" });
  }

  function move(step, onlyFindings) {
    var list = visibleRows();
    if (!list.length) return;
    var at = current ? list.indexOf(rows[current.id].row) : -1;
    for (var i = 1; i <= list.length; i++) {
      var k = at + step * i;
      if (k < 0 || k >= list.length) break;
      var s = BY_ID[list[k].getAttribute("data-id")];
      if (!onlyFindings || (s.findings.length && !isDone(s))) {
        focusRow(s);
        return;
      }
    }
    say(onlyFindings ? "No more sentences with findings left to review in this direction." : "No more sentences in this direction.");
  }

  var PREFS_KEY = "newsroom-translate/review/prefs";

  function shortcutsOn() {
    try {
      return window.localStorage.getItem(PREFS_KEY) !== "keys-off";
    } catch (e) {
      return true;
    }
  }

  function setShortcuts(on) {
    try {
      if (on) window.localStorage.removeItem(PREFS_KEY);
      else window.localStorage.setItem(PREFS_KEY, "keys-off");
    } catch (e) {
      /* the choice then lasts until the page is closed */
    }
    keysEnabled = on;
    say(on ? "Single-key shortcuts on." : "Single-key shortcuts off.");
  }

  var keysEnabled = shortcutsOn();

  function onKey(ev) {
    // single-character shortcuts can be turned off (WCAG 2.1.4)
    if (!keysEnabled || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    var tag = t && t.tagName ? t.tagName.toLowerCase() : "";
    if (tag === "textarea" || tag === "input" || tag === "select") return;
    var key = ev.key;
    var handled = true;
    if (key === "j") move(1, false);
    else if (key === "k") move(-1, false);
    else if (key === "n") move(1, true);
    else if (key === "p") move(-1, true);
    else if (key === "u") undo();
    else if (key === "a" && current) accept(current);
    else if ((key === "e" || (key === "Enter" && t && t.classList && t.classList.contains("row"))) && current) startEdit(current);
    else handled = false;
    if (handled) ev.preventDefault();
  }

  /* ---------------------------------------------------------------- export */

  function exportXliff() {
    var doc = new DOMParser().parseFromString(DATA.xliff, "application/xml");
    if (doc.getElementsByTagName("parsererror").length) throw new Error("the embedded XLIFF does not parse");
    var segments = doc.getElementsByTagNameNS(XLIFF_NS, "segment");
    var confirmed = 0;
    for (var i = 0; i < segments.length; i++) {
      var node = segments[i];
      var s = BY_ID[node.getAttribute("id")];
      if (!s || !isReviewed(s)) continue;
      if (isEdited(s)) {
        var target = null;
        for (var c = node.firstElementChild; c; c = c.nextElementSibling) {
          if (c.namespaceURI === XLIFF_NS && c.localName === "target") target = c;
        }
        if (!target) {
          target = doc.createElementNS(XLIFF_NS, "target");
          var source = null;
          for (var d = node.firstElementChild; d; d = d.nextElementSibling) {
            if (d.namespaceURI === XLIFF_NS && d.localName === "source") source = d;
          }
          node.insertBefore(target, source ? source.nextSibling : null);
        }
        while (target.firstChild) target.removeChild(target.firstChild);
        target.appendChild(doc.createTextNode(currentTarget(s)));
      }
      node.setAttribute("state", "reviewed");
      confirmed++;
    }
    var text = new XMLSerializer().serializeToString(doc);
    if (text.indexOf("<?xml") !== 0) text = '<?xml version="1.0" encoding="UTF-8"?>\n' + text;
    return { text: text.replace(/\s*$/, "\n"), confirmed: confirmed };
  }

  function download() {
    var out;
    try {
      out = exportXliff();
    } catch (e) {
      say("Export failed: " + e.message);
      return;
    }
    var blob = new Blob([out.text], { type: "application/xliff+xml" });
    var url = URL.createObjectURL(blob);
    var a = el("a", { href: url, download: DATA.export_name, hidden: "" });
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 60000);
    exportInfo.hidden = false;
    say(
      "Exported " + out.confirmed + " confirmed sentence" + (out.confirmed === 1 ? "" : "s") +
        " as " + DATA.export_name + "." + (out.confirmed ? "" : " Nothing is confirmed yet.")
    );
  }

  function submit(button) {
    var out;
    try {
      out = exportXliff();
    } catch (e) {
      say("Export failed: " + e.message);
      return;
    }
    button.disabled = true;
    sending = true;
    showSaveState();
    say("Sending " + out.confirmed + " confirmed sentences\u2026");
    window
      .fetch(DATA.submit_url, {
        method: "POST",
        headers: { "Content-Type": "application/xliff+xml" },
        body: out.text,
        credentials: "same-origin",
      })
      .then(function (resp) {
        return resp.text().then(function (body) {
          say((resp.ok ? "Sent: " : "The server refused the file (" + resp.status + "): ") + body.slice(0, 300));
        });
      })
      .catch(function (e) {
        say("Sending failed: " + e.message + ". Export the file instead.");
      })
      .then(function () {
        sending = false;
        showSaveState();
        button.disabled = false;
      });
  }

  /* ---------------------------------------------------------------- the page */

  function say(text) {
    if (statusEl) statusEl.textContent = text;
  }

  function showStorageWarning() {
    if (storageWarn) storageWarn.hidden = false;
  }

  function legend() {
    var box = el("details", { class: "legend" });
    box.appendChild(el("summary", null, "What the highlights mean"));
    var list = el("ul");
    Object.keys(CATS).forEach(function (c) {
      if (c === "other") return;
      var li = el("li");
      li.appendChild(el("mark", { class: "m m-" + c }, CATS[c]));
      list.appendChild(li);
    });
    var ok = el("li");
    ok.appendChild(el("span", { class: "m m-name-ok" }, "name checked by the glossary"));
    list.appendChild(ok);
    box.appendChild(list);
    return box;
  }

  function keysHelp() {
    var box = el("details", { class: "keys" });
    box.appendChild(el("summary", null, "Keyboard"));
    var dl = el("dl");
    [
      ["n / p", "next / previous sentence with findings left to review"],
      ["j / k", "next / previous sentence"],
      ["a", "mark the sentence reviewed (again: not reviewed)"],
      ["e or Enter", "edit the translation; Enter saves, Escape cancels"],
      ["u", "undo the last change"],
      ["Tab", "the sentence's buttons"],
    ].forEach(function (k) {
      dl.appendChild(el("dt", null, k[0]));
      dl.appendChild(el("dd", null, k[1]));
    });
    box.appendChild(dl);
    box.appendChild(el("p", null, "The letter keys work while \u201cSingle-key shortcuts\u201d is ticked."));
    return box;
  }

  function build() {
    var header = el("header", { class: "top" });
    var h1 = el("h1", null, "Review: ");
    h1.appendChild(el("bdi", { lang: DATA.title_language, dir: "auto" }, DATA.article.title));
    header.appendChild(h1);
    var facts = el("p", { class: "facts" });
    facts.appendChild(document.createTextNode(
      DATA.source_language + " \u2192 " + DATA.locale + " \u00b7 article " + DATA.article.id + " \u00b7 edition of " + DATA.created
    ));
    header.appendChild(facts);
    header.appendChild(el("p", { class: "label", lang: DATA.locale, dir: DATA.direction }, DATA.label));
    var details = el("details", { class: "edition" });
    details.appendChild(el("summary", null, "Edition details"));
    var dl = el("dl");
    [
      ["Source file", DATA.article.source],
      ["Signature", DATA.signature],
      ["Source fingerprint", DATA.source_hash],
      ["Saved in this browser under", DATA.key],
    ].forEach(function (k) {
      dl.appendChild(el("dt", null, k[0]));
      dl.appendChild(el("dd", null, k[1]));
    });
    details.appendChild(dl);
    header.appendChild(details);

    storageWarn = el("p", { class: "warn", role: "alert", hidden: "" }, "This browser does not let the page keep your work: export it before closing the page.");
    header.appendChild(storageWarn);

    var controls = el("div", { class: "controls", role: "group", "aria-label": "Review controls" });
    var fl = el("label", { for: "filter" }, "Show");
    filterEl = el("select", { id: "filter" });
    FILTERS.forEach(function (f) {
      filterEl.appendChild(el("option", { value: f[0] }, f[1]));
    });
    var ol = el("label", { for: "order" }, "Order");
    orderEl = el("select", { id: "order" });
    orderEl.appendChild(el("option", { value: ORDER_FINDINGS }, "Findings first"));
    orderEl.appendChild(el("option", { value: "article" }, "Article order"));
    var bUndo = el("button", { type: "button", id: "undo", "aria-keyshortcuts": "U", "aria-label": "Undo the last change (key U)" }, "Undo");
    undoEl = bUndo;
    var bExport = el("button", { type: "button", id: "export", class: "primary" }, "Export XLIFF");
    bExport.setAttribute("aria-label", "Export XLIFF of the reviewed sentences, for translate review apply");
    var keysBox = el("input", { type: "checkbox", id: "shortcuts" });
    keysBox.checked = keysEnabled;
    keysBox.addEventListener("change", function () {
      setShortcuts(keysBox.checked);
    });
    var keysLabel = el("label", { for: "shortcuts", class: "inline" });
    keysLabel.appendChild(keysBox);
    keysLabel.appendChild(document.createTextNode(" Single-key shortcuts"));
    [fl, filterEl, ol, orderEl, bUndo, bExport, keysLabel].forEach(function (n) {
      controls.appendChild(n);
    });
    if (DATA.submit_url) {
      var bSubmit = el("button", { type: "button", id: "submit" }, "Send to server");
      bSubmit.addEventListener("click", function () {
        submit(bSubmit);
      });
      controls.appendChild(bSubmit);
    }
    header.appendChild(controls);

    countsEl = el("ul", { class: "counts", "aria-label": "Progress" });
    header.appendChild(countsEl);
    statusEl = el("p", { class: "status-line", role: "status", "aria-live": "polite" });
    header.appendChild(statusEl);
    saveEl = el("p", { id: "save-state", class: "save-state", "data-state": "saved" });
    header.appendChild(saveEl);

    exportInfo = el("div", { class: "export-info", hidden: "" });
    exportInfo.appendChild(el("p", null, "Save the file next to the JSON edition, then apply it:"));
    var pre = el("pre");
    pre.appendChild(
      el("code", null, "translate review apply " + DATA.export_name + " --edition " + DATA.edition_name)
    );
    exportInfo.appendChild(pre);
    header.appendChild(exportInfo);

    var aside = el("div", { class: "help" });
    aside.appendChild(legend());
    aside.appendChild(keysHelp());
    header.appendChild(aside);

    var main = el("main");
    main.appendChild(el("h2", { class: "vh" }, "Sentences"));
    listEl = el("ol", { class: "rows", id: "rows", "aria-label": "Sentences" });
    SEGS.forEach(function (s) {
      listEl.appendChild(buildRow(s));
    });
    main.appendChild(listEl);

    document.body.appendChild(header);
    document.body.appendChild(main);
    document.title = "Review: " + DATA.article.title + " (" + DATA.locale + ")";

    filterEl.addEventListener("change", function () {
      SEGS.forEach(applyFilterTo);
      updateCounts();
    });
    orderEl.addEventListener("change", arrange);
    bUndo.addEventListener("click", undo);
    bExport.addEventListener("click", download);
    document.addEventListener("keydown", onKey);

    arrange();
    if (!storageOk) showStorageWarning();

    window.addEventListener("storage", function (ev) {
      if (ev.key !== DATA.key && ev.key !== null) return;
      var before = lastStored;
      sync();
      if (lastStored !== before) say("Updated with the work saved in another tab of this edition.");
    });
    window.addEventListener("pagehide", flushDrafts);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") flushDrafts();
    });
    window.addEventListener("beforeunload", function (ev) {
      flushDrafts();
      if (!hasUnsaved()) return;
      ev.preventDefault();
      ev.returnValue = "";
    });
    var restored = Object.keys(drafts).filter(function (id) {
      return clean(drafts[id]) !== clean(currentTarget(BY_ID[id]));
    });
    var stale = Object.keys(drafts).filter(function (id) {
      return restored.indexOf(id) < 0;
    });
    stale.forEach(function (id) {
      delete drafts[id];
    });
    if (stale.length) storeDrafts(stale);
    restored.forEach(function (id) {
      startEdit(BY_ID[id], drafts[id]);
    });
    showSaveState();
    if (restored.length) {
      say("Restored what you had typed in sentence " + restored.join(", ") + ": Enter saves it, Escape drops it.");
    }
    var first = visibleRows()[0];
    if (first) setCurrent(BY_ID[first.getAttribute("data-id")], false);
  }

  loadWork();
  build();
  window.reviewPage = { exportXliff: exportXliff, version: DATA.version };
})();
