import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";

/** How long a connection is kept after its last answer, so the client reads the answer before the socket closes. */
export const LINGER_MS = 1000;

/**
 * Closes `socket` `LINGER_MS` from now, unless its client closes it first. Closing a socket with unread bytes
 * resets the connection, and a client still sending when the reset arrives can lose the answer it was sent.
 */
export function closeSoon(socket: Duplex): void {
  const timer = setTimeout(() => socket.destroy(), LINGER_MS).unref();
  socket.once("close", () => clearTimeout(timer));
}

/**
 * For a request whose body was left unread (its answer says `connection: close`): once the answer is sent, the
 * connection is half-closed as Node does, but closed `LINGER_MS` later rather than at once.
 */
export function closeAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  const socket = req.socket;
  res.once("finish", () => {
    // Node has ended the socket by now and waits for that end to be flushed to destroy it (`destroySoon`).
    socket.removeListener("finish", socket.destroy);
    if (!socket.destroyed) closeSoon(socket);
  });
}
