/**
 * The ceiling `npm run bench:http` compares against: a bare Fastify server with one validated
 * POST route that takes the same request body (validated by the same schema) and answers a
 * stored recommendation of the same size, serialized by the same response schema — everything
 * a recommendation request costs except the ranking and the database.
 *
 * Run by bench-http.ts as a child process: `tsx src/tools/bench-echo-server.ts <port> <answer.json>`.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { RecommendationSchema, RecommendRequestSchema } from '../schemas/recommendation-dto.js';

const [portText, answerFile] = process.argv.slice(2);
const answer = JSON.parse(readFileSync(answerFile!, 'utf8')) as unknown;

const app = Fastify({ logger: false, ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: false, keywords: ['example'] } } });
app.post('/echo', { schema: { body: RecommendRequestSchema, response: { 200: RecommendationSchema } } }, async () => answer);
app.get('/health', async () => ({ status: 'ok' }));
await app.listen({ port: Number(portText), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
