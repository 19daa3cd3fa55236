// A client's share of the database weighed by what its requests cost: once an operation is validated, its estimated
// cost (validation/cost-limit.ts) is its weight in the client's line, so a client whose queries are each near the
// limit runs them one at a time while another client's light queries run beside them. Then the request waits for one
// of the server's turns (server-turns.ts), which rotate across clients.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ApiContext } from '../context';
import { ErrorCode, TOO_MANY_WAITING } from '../errors';
import { MAX_QUERY_COST, operationCost } from '../validation/cost-limit';
import type { ClientTurns } from './client-turns';
import type { ServerTurns } from './server-turns';

/** The estimated cost one client may have running at once: one query at the limit, or several lighter ones. */
export const DEFAULT_CLIENT_COST_SHARE = MAX_QUERY_COST;

/** What the server knows of a request for its share: who sent it, and its budget. */
export interface Admission {
  client: string;
  signal: AbortSignal;
  /** Starts the request's database time budget, once it has its share and its turn: waiting for them does not count. */
  startBudget(): void;
  /** Ends the request's share once it has one (idempotent); the server calls it when the response is sent. */
  end?: () => void;
  /** When the request came in (performance.now()), for the Server-Timing header. */
  arrivedAt?: number;
}

const CLIENT_GONE = 'The client went away before the request had its turn.';

export function costSharePlugin(shares: ClientTurns, serverTurns: ServerTurns): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      let admittedAt: number | undefined;
      return {
        async didResolveOperation({ operation, contextValue }) {
          const admission = contextValue.admission;
          if (!admission) return;
          const weight = Math.max(1, (operation && operationCost(operation)) ?? MAX_QUERY_COST);
          const turn = await shares.take(admission.client, admission.signal, weight);
          if (turn === 'full') {
            throw new GraphQLError(TOO_MANY_WAITING, {
              extensions: { code: ErrorCode.TOO_MANY_REQUESTS, http: { status: 429 } },
            });
          }
          // Nobody reads this: the client closed its connection while the request waited.
          if (turn === 'gone') throw new GraphQLError(CLIENT_GONE);
          const run = await serverTurns.take(admission.client, admission.signal);
          if (run === 'gone') {
            turn();
            throw new GraphQLError(CLIENT_GONE);
          }
          admission.end = () => {
            run();
            turn();
          };
          admittedAt = performance.now();
          admission.startBudget();
        },
        async willSendResponse({ contextValue, response }) {
          const admission = contextValue.admission;
          admission?.end?.();
          // How long the request waited for its share and turn, and how long it then ran: where its time went.
          if (admission?.arrivedAt !== undefined && admittedAt !== undefined) {
            const ms = (value: number) => value.toFixed(1);
            response.http.headers.set('server-timing', `wait;dur=${ms(admittedAt - admission.arrivedAt)}, run;dur=${ms(performance.now() - admittedAt)}`);
          }
        },
      };
    },
  };
}
