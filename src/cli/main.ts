import { Command, CommanderError } from 'commander';
import { VERSION } from '../app.ts';
import { dbCommand } from './db.command.ts';
import { tokenCommand, userCommand } from './account.commands.ts';
import { reportCliError } from './context.ts';
import { s3Command } from './s3.command.ts';
import { tibsCommand } from './tibs.command.ts';
import { matchCommand } from './match.command.ts';
import { transS3Command } from './trans-s3.command.ts';

const program = new Command('gosmart')
  .description('GoSmart: transnational smart specialisation and innovation brokerage platform')
  .version(VERSION)
  .showSuggestionAfterError(true);

program
  .command('serve')
  .description('run the web app and API (same as npm start, without building the web app)')
  .action(async () => {
    await import('../server.ts');
  });

program.addCommand(dbCommand());
program.addCommand(userCommand());
program.addCommand(tokenCommand());
program.addCommand(s3Command());
program.addCommand(tibsCommand());
program.addCommand(matchCommand());
program.addCommand(transS3Command());

// Every subcommand: one-line errors, non-zero exit on unknown commands and bad options.
for (const command of [program, ...program.commands.flatMap((c) => [c, ...c.commands])]) {
  command.exitOverride();
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has printed its one-line message (or the help/version) already.
    process.exit(error.exitCode);
  }
  reportCliError(error);
}
