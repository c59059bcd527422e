// chromium.mjs — how every browser here is launched: Debian's chromium (no downloaded browsers on
// these machines), headless, with the flags that keep it quiet and off the network.
export const launchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
