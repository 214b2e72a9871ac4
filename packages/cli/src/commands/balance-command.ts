import { DEFAULT_BASE_URL, RunAPIClient } from "@runapi.ai/core";
import type { Command } from "commander";
import { addApiOptions, clientOptions } from "../api-options.js";

/** `runapi balance`: the key's account balance, in US cents. */
export function addBalanceCommand(program: Command): void {
  const command = program
    .command("balance")
    .description("show the account's balance")
    .option("--json", "print the balance as JSON on stdout");
  addApiOptions(command).action(async (values: Record<string, any>) => {
    // The account belongs to no family: a client over an empty variant table reaches it.
    const client = new RunAPIClient(clientOptions(values), {
      family: "account",
      baseURL: DEFAULT_BASE_URL,
      variants: [],
    });
    const balance = await client.account.balance();
    process.stdout.write(
      values.json
        ? `${JSON.stringify(balance, null, 2)}\n`
        : `balance: ${balance.balance_cents}¢ (paid ${balance.paid_balance_cents}¢, bonus ${balance.bonus_balance_cents}¢); spent today ${balance.spent_cents_today}¢\n`,
    );
  });
}
