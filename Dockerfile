# syntax=docker/dockerfile:1
# Build stage: compile TypeScript with dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
COPY jobs ./jobs
RUN npm run build && npm prune --omit=dev

# Runtime stage: production dependencies and the build only, as the unprivileged `node` user.
# The same image runs the bot (default CMD) and reminder workers: `node dist/src/worker-main.js` (never
# `npm run worker` builds anything: TypeScript is not in this image). test/process/production-layout.test.ts
# starts both in this layout.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 WORKER_METRICS_PORT=9464
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000 9464
# The bot answers /healthz on PORT; a worker on WORKER_METRICS_PORT (docker-compose.yml sets HEALTH_PORT for it).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.HEALTH_PORT||process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/main.js"]
