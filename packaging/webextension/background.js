// cpdlog browser extension (Manifest V3; one source for Firefox 121+ and Chromium).
// Sends the current page (address, title, selected text, page metadata) to the cpdlog app's
// local capture endpoint on 127.0.0.1 with the token pasted in the options page. When the app is
// not running, captures wait in storage.local and an alarm retries them every minute.
"use strict";

const api = globalThis.browser ?? globalThis.chrome;
const DEFAULT_PORT = 38765;
const MAX_WAITING = 200;
const RETRY_ALARM = "cpdlog-retry";
const MENU_ID = "log-as-cpd";

async function settings() {
  const stored = await api.storage.local.get({ token: "", port: DEFAULT_PORT });
  return { token: String(stored.token || "").trim(), port: Number(stored.port) || DEFAULT_PORT };
}

async function call(path, init = {}) {
  const { token, port } = await settings();
  if (!token) throw new Error("not-paired");
  const headers = { Authorization: `Bearer ${token}`, ...(init.headers || {}) };
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { ...init, headers });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.error || `cpdlog answered ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

// Runs inside the page (scripting.executeScript): reads only what a capture carries.
function readPage() {
  const meta = (name) => {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    return el && el.content ? String(el.content).slice(0, 2000) : "";
  };
  const metadata = {};
  for (const name of ["description", "author", "og:title", "og:description", "og:site_name",
    "og:type", "article:author", "article:published_time", "citation_title",
    "citation_author", "citation_publication_date"]) {
    const value = meta(name);
    if (value) metadata[name] = value;
  }
  return {
    url: location.href,
    title: document.title.slice(0, 500),
    selection: String(getSelection()).slice(0, 20000),
    metadata,
  };
}

// Saves one page; resolves to what happened ("saved", "queued", "refused" or "not-web").
async function capture(tab, selectionText) {
  let page = { url: tab.url, title: (tab.title || "").slice(0, 500), selection: "", metadata: {} };
  try {
    const [result] = await api.scripting.executeScript({ target: { tabId: tab.id }, func: readPage });
    if (result && result.result) page = result.result;
  } catch (_error) {
    // Pages the browser protects (its own pages, the web store): send what the tab tells us.
  }
  if (selectionText && !page.selection) page.selection = selectionText.slice(0, 20000);
  if (!/^https?:\/\//i.test(page.url || "")) {
    await badge(tab.id, "!", "Only web pages can be logged as CPD.");
    return "not-web";
  }
  try {
    await send(page);
    await badge(tab.id, "✓", "Saved to your CPD inbox");
    deliverWaiting(); // the app is there: anything that waited goes now too
    return "saved";
  } catch (error) {
    if (error.status === 400) {
      await badge(tab.id, "!", error.message);
      return "refused";
    }
    if (error.message === "not-paired") api.runtime.openOptionsPage();
    await keepForLater(page);
    await badge(tab.id, "…", "cpdlog is not open: this page will be saved when it is.");
    return "queued";
  }
}

function send(page) {
  return call("/capture", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(page),
  });
}

// One change to the waiting list at a time (a capture, the alarm and a page load can overlap).
let waitingChain = Promise.resolve();
function withWaiting(change) {
  const next = waitingChain.then(change, change);
  waitingChain = next.catch(() => undefined);
  return next;
}

function keepForLater(page) {
  return withWaiting(async () => {
    const { waiting = [] } = await api.storage.local.get({ waiting: [] });
    waiting.push(page);
    await api.storage.local.set({ waiting: waiting.slice(-MAX_WAITING) });
    await api.alarms.create(RETRY_ALARM, { periodInMinutes: 1 });
  });
}

// Sends the pages that waited, oldest first; resolves to how many are still waiting.
function deliverWaiting() {
  return withWaiting(async () => {
    const { waiting = [] } = await api.storage.local.get({ waiting: [] });
    if (!waiting.length) return 0;
    const left = [];
    for (const [index, page] of waiting.entries()) {
      try {
        await send(page);
      } catch (error) {
        if (error.status === 400) continue; // cpdlog will never accept it: drop it
        left.push(...waiting.slice(index));
        break;
      }
    }
    await api.storage.local.set({ waiting: left });
    if (!left.length) await api.alarms.clear(RETRY_ALARM);
    return left.length;
  });
}

async function badge(tabId, text, title) {
  await api.action.setBadgeText({ tabId, text });
  await api.action.setTitle({ tabId, title });
}

// The badge: a tick when the page is already in the journal.
async function refreshBadge(tabId, url) {
  if (!/^https?:\/\//i.test(url || "")) return;
  let found;
  try {
    found = await call(`/lookup?url=${encodeURIComponent(url)}`);
  } catch (_error) {
    return; // Not paired or the app is closed: leave the badge as it is.
  }
  await badge(tabId, found.in_journal ? "✓" : "", found.in_journal
    ? "This page is in your CPD journal" : "Log as CPD");
  await deliverWaiting(); // the app answered: pages that waited for it go now
}

// The listeners call these (named, so that tests drive the same code through DevTools).
function onActionClicked(tab) {
  return capture(tab, "");
}

function onMenuClicked(info, tab) {
  if (!tab || info.menuItemId !== MENU_ID) return Promise.resolve("ignored");
  return capture(tab, info.selectionText || "");
}

function onAlarm(alarm) {
  return alarm.name === RETRY_ALARM ? deliverWaiting() : Promise.resolve(0);
}

async function onTabActivated({ tabId }) {
  const tab = await api.tabs.get(tabId);
  await refreshBadge(tabId, tab.url);
}

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: MENU_ID, title: "Log as CPD", contexts: ["page", "selection", "link"] });
});
api.contextMenus.onClicked.addListener(onMenuClicked);
api.action.onClicked.addListener(onActionClicked);
api.alarms.onAlarm.addListener(onAlarm);
api.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === "complete") refreshBadge(tabId, tab.url);
});
api.tabs.onActivated.addListener(onTabActivated);
api.runtime.onStartup.addListener(deliverWaiting);
