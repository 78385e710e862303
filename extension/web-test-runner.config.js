// The extension's page code runs in Debian's Chromium like the components': same runner settings.
import components from '../components/web-test-runner.config.js';

export default {...components, files: 'src/**/*.test.ts'};
