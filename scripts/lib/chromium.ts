// Finds the Chromium that Playwright drives. Playwright's own browser download needs the
// internet, so we use the system's: CHROMIUM_PATH, or Debian's package, which we install when
// we run as root on Debian; otherwise we say plainly what to install.
import { existsSync } from "node:fs";
import { run } from "./process";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export async function findChromium(configured?: string): Promise<string> {
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(`CHROMIUM_PATH=${configured} không tồn tại.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;

  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("▶ Chưa có Chromium: cài gói Debian `chromium` (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    await run("apt-get", ["update", "-qq"], { env, quiet: true });
    await run("apt-get", ["install", "-y", "-qq", "chromium"], { env, quiet: true });
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    "Không tìm thấy Chromium cho kiểm thử end-to-end. Cài gói hệ điều hành " +
      "(Debian/Ubuntu: `sudo apt-get install chromium`) hoặc đặt CHROMIUM_PATH=/đường/dẫn/chromium.",
  );
}
