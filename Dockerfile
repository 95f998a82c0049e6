# BorderBrief in a container: built with the same commands CI runs (npm ci, npm run build), run as node dist/… (no tsx).
# Build: docker build -t borderbrief .   Run: docker run --init --env-file .env -v borderbrief-data:/app/data borderbrief

# --- build: dev dependencies, compile TypeScript to dist/ ------------------------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
RUN npm run build && npm prune --omit=dev

# --- run: production dependencies, the compiled code and the knowledge base, as a non-root user ---------------
FROM node:20-bookworm-slim
# tini as PID 1 forwards SIGTERM to node and reaps children, even without `docker run --init`.
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production DATA_DIR=/app/data METRICS_PORT=9464
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
# The dashboard's stylesheet and chart script (read at run time, like knowledge/; Chart.js comes from node_modules).
COPY src/admin/assets ./src/admin/assets
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
# Slack HTTP mode listens on PORT (3000); /healthz, /readyz and /metrics are on METRICS_PORT (or PORT in HTTP mode).
EXPOSE 3000 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.METRICS_PORT||process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Shutdown: SIGTERM → stop intake, finish in-flight answers and digests (SHUTDOWN_GRACE_SECONDS, default 10), exit 0.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/adapters/main.js"]
