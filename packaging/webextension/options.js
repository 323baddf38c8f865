"use strict";

const api = globalThis.browser ?? globalThis.chrome;
const token = document.getElementById("token");
const port = document.getElementById("port");
const status = document.getElementById("status");

api.storage.local.get({ token: "", port: 38765 }).then((stored) => {
  token.value = stored.token;
  port.value = stored.port;
});

document.getElementById("save").addEventListener("click", async () => {
  const value = token.value.trim();
  const number = Number(port.value) || 38765;
  await api.storage.local.set({ token: value, port: number });
  try {
    const response = await fetch(`http://127.0.0.1:${number}/lookup?url=${encodeURIComponent("https://example.org/")}`,
      { headers: { Authorization: `Bearer ${value}` } });
    status.textContent = response.ok
      ? "Paired: pages you log now go to your CPD inbox."
      : "cpdlog did not accept this token: copy it again from cpdlog.";
  } catch (_error) {
    status.textContent = "Saved. cpdlog is not open now; pages you log will wait until it is.";
  }
});
