import type { FamilyModel, VariantModel } from "./family-model.ts";
import { formatCents, generatedNotice, outputAccess } from "./header.ts";

/** The package's README: install, quick start, and the variants with endpoints and prices. */
export function renderReadme(family: FamilyModel): string {
  const first = family.actions[0]?.variants[0];
  const rows = family.actions.flatMap((action) =>
    action.variants.map(
      (variant) =>
        `| \`${variant.model}\` | \`POST ${action.path}\` | ${priceText(variant)} | ${variant.status} | ${variant.task} |`,
    ),
  );
  return `<!-- ${generatedNotice(family)} -->
# ${family.packageName}

${family.description || `${family.title} models on RunAPI.`}

Typed, validated TypeScript client for ${family.title} (${family.provider}) on [RunAPI](https://runapi.ai).
Runs on Node 18+, Bun, Deno, browsers and edge workers; ESM and CommonJS.

## Install

\`\`\`sh
npm install ${family.packageName}
\`\`\`

## Quick start

\`\`\`ts
import RunAPI from "${family.packageName}";

const client = new RunAPI(process.env.RUNAPI_KEY); // or RUNAPI_API_KEY, read automatically
const task = await client.run(${first ? JSON.stringify(first.example) : "{}"}, {
  onProgress: (task) => console.log(task.status),
});
console.log(task.${outputAccess(family.modality).url});
\`\`\`

\`create\` starts a task, \`get\` reads it, \`wait\` waits for it (with \`timeout\`, \`signal\` and \`onProgress\`), and \`run\` does
both. Parameters are checked against the variant's schema before anything is sent: a \`ValidationError\` lists
every problem. \`client.estimateCost(params)\` prices a call offline.

## Account and prices

\`\`\`ts
const { balance_cents } = await client.account.balance(); // and client.account.me()
const { price_schedules } = await client.prices.list(); // live prices, revalidated with ETags
const quote = await client.prices.quote(${first ? JSON.stringify(first.example) : "{}"});
console.log(quote.reservation_amount_cents); // what the API would hold for this call
\`\`\`

Pass \`callback_url\` to hear when a task ends: \`client.parseCallback(body)\` checks the delivered task in your
web handler. See [@runapi.ai/core](https://www.npmjs.com/package/@runapi.ai/core) for the details.

## Variants

| Model | Endpoint | Price per call | Status | Task |
|---|---|---|---|---|
${rows.join("\n")}

Prices are in US cents per call; failed generations are not charged.
`;
}

function priceText(variant: VariantModel): string {
  const by = Object.entries(variant.price.by ?? {});
  if (by.length === 0) return formatCents(variant.price.cents);
  return by
    .flatMap(([field, prices]) =>
      Object.entries(prices).map(([value, cents]) => `${formatCents(cents)} (${field} ${value})`),
    )
    .join(" · ");
}
