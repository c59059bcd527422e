// app.ts — page object for the readiness check: the question bank, keyboard helpers and storage reads.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type Item = { id: string; question: string; levels: string[]; pulse?: boolean };
export type Dimension = { id: string; title: string; items: Item[] };

/** The shipped question bank, read from the same file the app compiles in. */
export const bank: { edition: number; dimensions: Dimension[] } = JSON.parse(
  readFileSync(join(root, 'content', 'en', 'questionnaire.json'), 'utf8'),
);
export const allItems: Item[] = bank.dimensions.flatMap((d) => d.items);
/** The items the short pulse asks, in questionnaire order. */
export const pulseItems: Item[] = allItems.filter((item) => item.pulse);

/** 0–4 is a maturity level; 5 stands for "Not sure" (the sixth radio). */
export type Choice = 0 | 1 | 2 | 3 | 4 | 5;

/** The key the app stores its record under. */
export const RECORD_KEY = 'district-ai-readiness';

/** Presses Tab until the focused element matches `selector` (fails after `max` presses). */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Answers the item `id` with the keyboard only: Tab into its radio group, then arrows or Space. */
export async function answerWithKeyboard(page: Page, id: string, choice: Choice): Promise<void> {
  await tabTo(page, `input[type=radio][name="${id}"]`);
  if (choice === 0) {
    await page.keyboard.press('Space');
  } else {
    for (let i = 0; i < choice; i++) await page.keyboard.press('ArrowDown');
  }
  await expect(page.locator(`input[name="${id}"]`).nth(choice)).toBeChecked();
}

/** The record as stored in localStorage, parsed. */
export async function storedRecord(page: Page): Promise<any> {
  const text = await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY);
  return text === null ? null : JSON.parse(text);
}

/** The stored form of a choice. */
export function storedAnswer(choice: Choice): unknown {
  return choice === 5 ? 'not_sure' : { level: choice };
}

/** Waits for the app to render its first screen (the wasm has loaded). */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('h1').first()).toBeVisible();
}

/** Jumps to a questionnaire step through the list of areas, unfolding it first if needed. */
export async function jumpToStep(page: Page, step: number): Promise<void> {
  const details = page.locator('.step-nav__details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
  await page.locator('.step-nav__button').nth(step).click();
  await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[step].title);
}

/** Fails if the page scrolls sideways (content wider than the viewport). */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${label} is ${scroll}px wide in a ${client}px viewport`).toBeLessThanOrEqual(client);
}

/** Opens the app with `record` (JSON text) stored, as if saved in an earlier visit. */
export async function seedRecord(page: Page, record: string): Promise<void> {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [RECORD_KEY, record]);
  await page.reload();
}

/**
 * Reads the QR code drawn by the SVG `svg` the way a camera would see it: draws it on a
 * canvas in the page, then decodes the pixels with jsQR (an independent decoder).
 */
export async function decodeQr(svg: Locator): Promise<string | null> {
  const size = 480;
  const pixels = await svg.evaluate(async (element, size) => {
    const copy = element.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('width', String(size));
    copy.setAttribute('height', String(size));
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0, size, size);
    return Array.from(context.getImageData(0, 0, size, size).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
}

/** A full set of answers, cycling through every level and "Not sure", as stored JSON. */
export function fullAnswers(): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  allItems.forEach((item, i) => {
    answers[item.id] = i % 6 === 5 ? 'not_sure' : { level: i % 5 };
  });
  return answers;
}

/**
 * A stored record (JSON text) with `answers` to this edition of the questions, open on
 * `screen`, as a build from before rules versions would have saved it.
 */
export function recordWith(answers: Record<string, unknown>, screen = 'results'): string {
  return JSON.stringify({
    app: 'district-ai-readiness',
    schema_version: 2,
    edition: bank.edition,
    answers,
    position: { screen, step: 0 },
  });
}
