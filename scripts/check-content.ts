/** `npm run check`: validates all content without building the site; lists every problem; exits 1 if any. */
import { checkContentFolder, reportProblems } from '../src/integrations/content-check';
import { runCli } from './lib/cli';
import { settings } from '../src/settings';

runCli(() => {
  const problems = checkContentFolder(process.cwd(), settings.contentDir);
  if (problems.length === 0) {
    console.log('✔ 内容检查通过 / content is valid');
    return;
  }
  reportProblems(problems, (line) => {
    console.error(line);
  });
  process.exitCode = 1;
});
