// build-surveyjs-site.mjs — writes surveyjs-site/, a static page that asks this app's questions
// with SurveyJS Form Library, for the side-by-side in tests/e2e/bench.mjs. Run: node
// build-surveyjs-site.mjs (after `npm ci` here; .ci/bench does both).
//
// It is the plain integration of SurveyJS's "Get Started" guide for HTML/CSS/JavaScript
// (survey-core + survey-js-ui, the Default theme, `new Survey.Model(json)` then
// `survey.render(container)`), with the library's minified files copied from node_modules
// instead of linked from a CDN. The one difference from the guide's stylesheet: it links
// survey-core.fontless.min.css, the Default theme without the @font-face rules that would
// fetch Open Sans from Google Fonts (this page must load nothing from another origin).
//
// Same content as the app: one page per dimension (its title and summary), one radiogroup
// per item (its question as the title, "Why this matters: …" as the description), the
// maturity levels 1–5 as choices plus "Not sure". Like the app, it keeps the answers on
// the device: every value change writes survey.data (and the page) to localStorage, and a
// reload restores them, as SurveyJS's "Continue an Incomplete Survey" guide does.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const root = join(here, '..', '..');
const out = join(here, 'surveyjs-site');
const modules = join(here, 'node_modules');

const bank = JSON.parse(readFileSync(join(root, 'content', 'en', 'questionnaire.json'), 'utf8'));
const ui = JSON.parse(readFileSync(join(root, 'content', 'en', 'ui.json'), 'utf8'));

/** The SurveyJS model schema: the app's question bank, one page per dimension. */
const NOT_SURE = 'not-sure';
const surveyJson = {
  title: 'District AI Readiness Check',
  showProgressBar: true,
  pages: bank.dimensions.map((dimension) => ({
    name: dimension.id,
    title: dimension.title,
    description: dimension.summary,
    elements: dimension.items.map((item) => ({
      type: 'radiogroup',
      name: item.id,
      title: item.question,
      description: `${ui.why_label} ${item.why}`,
      choices: [
        ...item.levels.map((text, level) => ({ value: level + 1, text })),
        { value: NOT_SURE, text: ui.not_sure },
      ],
    })),
  })),
};

/** What the page runs: the guide's model + render, and the guide's localStorage save/restore. */
const indexJs = `const surveyJson = ${JSON.stringify(surveyJson)};

const survey = new Survey.Model(surveyJson);

const storageItemKey = "district-ai-readiness-surveyjs";

function saveSurveyData(survey) {
  const data = survey.data;
  data.pageNo = survey.currentPageNo;
  window.localStorage.setItem(storageItemKey, JSON.stringify(data));
}

// Save on every answer, as the app does (the guide saves on page change and completion).
survey.onValueChanged.add(saveSurveyData);
survey.onCurrentPageChanged.add(saveSurveyData);
survey.onComplete.add(saveSurveyData);

// Restore the answers and the page after a reload.
const prevData = window.localStorage.getItem(storageItemKey) || null;
if (prevData) {
  const data = JSON.parse(prevData);
  survey.data = data;
  if (data.pageNo) {
    survey.currentPageNo = data.pageNo;
  }
}

document.addEventListener("DOMContentLoaded", function () {
  survey.render(document.getElementById("surveyContainer"));
});
`;

const indexHtml = `<!DOCTYPE html>
<html lang="en">
<head>
    <title>District AI Readiness Check (SurveyJS)</title>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="icon" href="data:,">
    <link href="survey-core.fontless.min.css" type="text/css" rel="stylesheet">
    <script type="text/javascript" src="survey.core.min.js"></script>
    <script type="text/javascript" src="survey-js-ui.min.js"></script>
    <script type="text/javascript" src="index.js"></script>
</head>
<body>
    <div id="surveyContainer"></div>
</body>
</html>
`;

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
copyFileSync(join(modules, 'survey-core', 'survey-core.fontless.min.css'), join(out, 'survey-core.fontless.min.css'));
copyFileSync(join(modules, 'survey-core', 'survey.core.min.js'), join(out, 'survey.core.min.js'));
copyFileSync(join(modules, 'survey-js-ui', 'survey-js-ui.min.js'), join(out, 'survey-js-ui.min.js'));
writeFileSync(join(out, 'index.js'), indexJs);
writeFileSync(join(out, 'index.html'), indexHtml);
const versions = ['survey-core', 'survey-js-ui'].map(
  (name) => `${name} ${JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version}`,
);
console.log(`build-surveyjs-site.mjs: ${out} (${versions.join(', ')})`);
