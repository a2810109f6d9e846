// The demo's published scores (reference/indices.md §7.2, and Khánh Hòa's of §7.1) on the index pages, with their sources,
// and the weakest components of PCI 2022 marked.
import { expect, test } from "@playwright/test";
import { signedInAs } from "../support/session";

test("a leader reads the latest published score and rank of each index", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  await page.getByRole("link", { name: "Chỉ số", exact: true }).click();
  await expect(page).toHaveURL(/\/indices$/);
  const pci = page.getByTestId("index-row-PCI");
  await expect(pci).toContainText("2022");
  await expect(pci).toContainText("65,43");
  await expect(pci).toContainText("30/63");
  const papi = page.getByTestId("index-row-PAPI");
  await expect(papi).toContainText("45,5054");
  await expect(papi).toContainText("6/61");
});

test("the PAPI page shows each year's score and rank with its source", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  await page.goto("/indices/PAPI");
  const year2022 = page.getByTestId("index-year-2022");
  await expect(year2022).toContainText("46,0002");
  await expect(year2022).toContainText("4/63");
  await expect(year2022.getByRole("link")).toHaveAttribute("href", /sonv\.ninhthuan\.gov\.vn/);
  await expect(page.getByTestId("index-year-2023")).toContainText("6/61");

  // Khánh Hòa's published result beside Ninh Thuận's, with its source.
  const peer = page.getByTestId("index-peers").getByTestId("peer-2023");
  await expect(peer).toContainText("Khánh Hòa");
  await expect(peer).toContainText("44,9419");
  await expect(peer).toContainText("8/61");
  await expect(peer.getByRole("link")).toHaveAttribute("href", /baokhanhhoa\.vn/);
});

test("the PCI page marks the weakest sub-indices of 2022 and names the source", async ({ page }) => {
  await signedInAs(page, "thanhtra");
  await page.goto("/indices/PCI?year=2022");
  const year2022 = page.getByTestId("index-year-2022");
  await expect(year2022).toContainText("65,43");
  await expect(year2022.getByRole("link")).toHaveAttribute("href", "https://pcivietnam.vn/en/provinces/ninh-thuan");

  const components = page.getByTestId("index-components");
  await expect(components.getByTestId("component-DAO_TAO_LAO_DONG")).toContainText("5,2");
  await expect(components.getByTestId("component-DAO_TAO_LAO_DONG")).toContainText("52,00");
  for (const weak of ["DAO_TAO_LAO_DONG", "HO_TRO_DOANH_NGHIEP", "CANH_TRANH_BINH_DANG"]) {
    await expect(components.getByTestId(`component-${weak}`)).toHaveAttribute("data-weakest", "true");
    await expect(components.getByTestId(`component-${weak}`)).toContainText("Yếu nhất");
  }
  await expect(components.getByTestId("component-GIA_NHAP_THI_TRUONG")).not.toHaveAttribute("data-weakest", "true");
  await expect(page.getByTestId("component-source").getByRole("link")).toHaveAttribute("href", /pcivietnam\.vn/);
});

test("an anonymous visitor asking for an index page is sent to sign in", async ({ page }) => {
  await page.goto("/indices/PCI");
  await expect(page).toHaveURL(/\/sign-in/);
});
