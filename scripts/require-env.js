// Fails fast when a script that needs an environment variable is run without it.
const name = process.argv[2];
if (!process.env[name]) {
  console.error(`${name} is not set: e.g. ${name}=postgres://user:pass@127.0.0.1:5432/postgres npm run test:pg`);
  process.exit(1);
}
