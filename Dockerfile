# The API with the built dashboard, for use against a PostgreSQL server (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/domain/package.json libs/domain/
COPY libs/authz/package.json libs/authz/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs ./libs
COPY --from=build /app/apps/api/package.json ./apps/api/
COPY --from=build /app/apps/api/dist ./apps/api/dist
COPY --from=build /app/apps/api/bin ./apps/api/bin
COPY --from=build /app/apps/web/dist ./apps/web/dist
# DATA_DIR: on a server deployment only uploads in flight, staged for one request. Owned by the
# app's user, so that a volume mounted here is too.
RUN mkdir -p /var/lib/ethics && chown node:node /var/lib/ethics
ENV DATA_DIR=/var/lib/ethics
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
