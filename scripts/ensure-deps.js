#!/usr/bin/env node
// Makes `npm start` and `npm test` work on a fresh clone: installs the locked dependencies once
// (npm ci) when node_modules is missing or older than package-lock.json.
const { existsSync, statSync } = require("node:fs");
const { execSync } = require("node:child_process");
const { join } = require("node:path");

const root = join(__dirname, "..");
const marker = join(root, "node_modules", ".package-lock.json");
const lock = join(root, "package-lock.json");
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  process.stdout.write("Installing dependencies (npm ci)...\n");
  execSync("npm ci --no-audit --no-fund", { cwd: root, stdio: "inherit" });
}
