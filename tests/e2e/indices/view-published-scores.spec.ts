// The demo's published scores (reference/indices.md §7.2, and Khánh Hòa's of §7.1) on the index pages,
// with their sources, and the weakest components of PCI 2022 marked. Since the merger of 1/7/2025
// (issue 15) the results published before it stay the old provinces' own, each in its section; the
// merged province's DTI 2024, recalculated and ranked out of 34, is today's province's.
import { expect, test } from "@playwright/test";
import { signedInAs } from "../support/session";

test("a leader reads the latest published score and rank of each index, today's and the former provinces'", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  await page.getByRole("link", { name: "Chỉ số", exact: true }).click();
  await expect(page).toHaveURL(/\/indices$/);
  const pci = page.getByTestId("index-former-PCI");
  await expect(pci).toContainText("Ninh Thuận (trước hợp nhất) 2022: 65,43 · 30/63");
  await expect(pci).toContainText("Khánh Hòa (trước hợp nhất) 2023: 67,65");
  await expect(page.getByTestId("index-former-PAPI")).toContainText("Ninh Thuận (trước hợp nhất) 2023: 45,5054 · 6/61");
  await expect(page.getByTestId("index-former-PAPI")).toContainText("Khánh Hòa (trước hợp nhất) 2023: 44,9419 · 8/61");
  // today's province: DTI 2024 recalculated after the merger, 16th of 34
  const dti = page.getByTestId("index-row-DTI");
  await expect(dti).toContainText("2024");
  await expect(dti).toContainText("16/34");
  await expect(dti.getByTestId("recalculated")).toHaveText("Tính lại sau hợp nhất");
});

test("the PAPI page shows each former province's years with their sources, and none yet for today's", async ({ page }) => {
  await signedInAs(page, "lanhdao");
  await page.goto("/indices/PAPI");
  await expect(page.getByTestId("units-view")).toHaveAttribute("data-view", "today");
  await expect(page.getByTestId("index-section-today")).toContainText("Chưa có kết quả công bố cho tỉnh sau hợp nhất.");
  const ninhThuan = page.getByTestId("index-years-ninh-thuan");
  const year2022 = ninhThuan.getByTestId("index-year-2022");
  await expect(year2022).toContainText("46,0002");
  await expect(year2022).toContainText("4/63");
  await expect(year2022.getByRole("link")).toHaveAttribute("href", /sonv\.ninhthuan\.gov\.vn/);
  await expect(ninhThuan.getByTestId("index-year-2023")).toContainText("6/61");

  // old Khánh Hòa's published results in their own section, with their source
  const khanhHoa = page.getByTestId("index-years-khanh-hoa").getByTestId("index-year-2023");
  await expect(khanhHoa).toContainText("44,9419");
  await expect(khanhHoa).toContainText("8/61");
  await expect(khanhHoa.getByRole("link")).toHaveAttribute("href", /baokhanhhoa\.vn/);
  await expect(page.getByTestId("index-peers")).toHaveCount(0);
});

test("the PCI page marks old Ninh Thuận's weakest sub-indices of 2022 and names the source", async ({ page }) => {
  await signedInAs(page, "thanhtra");
  await page.goto(`/indices/PCI?year=2022&province=${encodeURIComponent("Ninh Thuận")}`);
  const year2022 = page.getByTestId("index-years-ninh-thuan").getByTestId("index-year-2022");
  await expect(year2022).toContainText("65,43");
  await expect(year2022.getByRole("link")).toHaveAttribute("href", "https://pcivietnam.vn/en/provinces/ninh-thuan");

  await expect(page.getByRole("heading", { name: /Chỉ số thành phần năm 2022 — Tỉnh Ninh Thuận \(trước 01\/07\/2025\)/ })).toBeVisible();
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
