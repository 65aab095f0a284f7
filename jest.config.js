/** Tests run the TypeScript sources through ts-jest (decorator metadata needs the real compiler). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: false }] },
  setupFiles: ["reflect-metadata", "<rootDir>/test/setup-env.ts"],
  testTimeout: 30000,
};
