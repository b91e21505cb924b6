import { sessionCookieNames } from "@yibao/api";
import type autocannon from "autocannon";
import type pg from "pg";
import { personIdSql } from "./generate-accounts";
import type { OperatorSession } from "./open-sessions";
import { type LoadResult, runLoad } from "./run-load";
import type { RunningServer } from "./start-server";

export interface SettlementRun {
  result: LoadResult;
  /** Settlements the database holds from this run. */
  recorded: number;
  /** Accounts touched whose balance is not the sum of their ledger, or whose chain breaks. */
  inconsistent: number;
}

const settlePath = "/trpc/staff.settlement.settle";

/**
 * `staff.settlement.settle` as the tills send it: each request spends the next of `tokens` at the
 * till of the next operator (its session cookie, its address), with its own terminal
 * transaction number. Ends when every token has been presented.
 */
function settleRequests(
  tokens: string[],
  operators: OperatorSession[],
  run: string,
  amountFen: number,
): autocannon.Request[] {
  let next = 0;
  return [
    {
      method: "POST",
      path: settlePath,
      setupRequest(request) {
        const index = next;
        next += 1;
        const operator = operators[index % operators.length] as OperatorSession;
        request.headers = {
          ...request.headers,
          cookie: `${sessionCookieNames.STAFF}=${operator.token}`,
          "x-forwarded-for": operator.address,
        };
        request.body = JSON.stringify({
          token: tokens[index % tokens.length],
          terminalTransactionId: `${run}-${index}`,
          amountFen,
        });
        return request;
      },
    },
  ];
}

/**
 * The settlements of `run`, and the accounts they touched whose ledger does not hold: a balance
 * that is not the sum of the account's entries, or two of the run's debits that started from the
 * same balance (a lost update). Posting times are the requests' own clocks, which concurrent
 * requests take in any order, so the chain is checked by balances, not by time.
 */
async function check(client: pg.Client, run: string): Promise<Omit<SettlementRun, "result">> {
  const result = await client.query<{ recorded: string; inconsistent: string }>(
    `WITH run AS (
       SELECT id, person_id FROM settlement WHERE terminal_transaction_id LIKE $1 || '-%'
     ), touched AS (
       SELECT DISTINCT person_id FROM run
     ), lost AS (
       SELECT e.person_id FROM ledger_entry e JOIN run r ON r.id = e.settlement_id
        GROUP BY e.person_id, e.balance_after_fen - e.amount_fen HAVING count(*) > 1
     ), unbalanced AS (
       SELECT a.person_id FROM account a JOIN touched t USING (person_id)
        WHERE a.balance_fen <> (SELECT coalesce(sum(e.amount_fen), 0) FROM ledger_entry e
                                 WHERE e.person_id = a.person_id)
     )
     SELECT (SELECT count(*) FROM run)::text AS recorded,
            (SELECT count(*) FROM (SELECT person_id FROM lost UNION SELECT person_id FROM unbalanced) x)::text
              AS inconsistent`,
    [run],
  );
  const row = result.rows[0];
  return { recorded: Number(row?.recorded), inconsistent: Number(row?.inconsistent) };
}

/** Settles every one of `tokens` through the project's server, 50 at a time. */
export async function measureSettlement(
  client: pg.Client,
  server: RunningServer,
  input: {
    run: string;
    tokens: string[];
    operators: OperatorSession[];
    amountFen: number;
    connections: number;
  },
): Promise<SettlementRun> {
  const result = await runLoad(server, {
    connections: input.connections,
    amount: input.tokens.length,
    duration: 600,
    headers: {
      "content-type": "application/json",
      origin: server.url,
      "sec-fetch-site": "same-origin",
    },
    requests: settleRequests(input.tokens, input.operators, input.run, input.amountFen),
  });
  return { result, ...(await check(client, input.run)) };
}

/** The person with the largest balance among the first `among`: the one 50 tills pay from at once. */
export async function richestPerson(
  client: pg.Client,
  among: number,
): Promise<{ n: number; balanceFen: number }> {
  const result = await client.query<{ n: number; balance_fen: number }>(
    `SELECT n, a.balance_fen FROM generate_series(1, $1::int) AS n
       JOIN account a ON a.person_id = ${personIdSql("n")}
      ORDER BY a.balance_fen DESC LIMIT 1`,
    [among],
  );
  const row = result.rows[0];
  if (!row) throw new Error("The generated county has no account.");
  return { n: row.n, balanceFen: row.balance_fen };
}
