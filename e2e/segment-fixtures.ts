import { expect, type Page } from "@playwright/test";

/**
 * Builds and saves a segment of one gender through the segment builder ("Women", "Men" or
 * "Gender unknown") and returns the builder's estimated reach at the moment it was saved.
 */
export async function createGenderSegmentInUi(page: Page, handle: string, name: string, gender: string): Promise<number> {
  await page.goto(`/a/${handle}/segments/new`);
  await page.getByLabel("Segment name").fill(name);
  const reach = page.getByLabel("Estimated reach");
  await page.getByRole("group", { name: "Gender" }).getByLabel(gender).check();
  // A rule change shows "…" through the debounce and the count request; the number after it is the new rule's.
  await expect(reach).toHaveAttribute("aria-busy", "true");
  await expect(reach).toHaveAttribute("aria-busy", "false");
  await expect(reach).toHaveText(/^[\d,]+$/);
  const count = Number((await reach.innerText()).replaceAll(",", ""));
  await page.getByRole("button", { name: "Save segment" }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${handle}/segments$`));
  return count;
}
