// Real key presses in the test browser: Web Test Runner's built-in send-keys command, reached like
// @web/test-runner-commands does (that package is not a dependency of the extension).
interface Socket {
  sendMessageWaitForResponse(message: unknown): Promise<{executed: boolean}>;
}

const SOCKET_MODULE = '/__web-dev-server__web-socket.js';

export async function sendKeys(
  payload: {press: string} | {type: string}
): Promise<void> {
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const socket = (await import(/* @vite-ignore */ SOCKET_MODULE)) as Socket;
  const response = await socket.sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId,
    command: 'send-keys',
    payload,
  });
  if (!response.executed) throw new Error('send-keys is not available');
}
