import type { ReplySurface } from './surface.js';

/** A reply the bot has promised and not yet finished, and the surface its handler writes through. */
export interface HeldReply {
  surface: ReplySurface;
  /** The handler is done with it (answered or failed). */
  release(): void;
}

/**
 * The replies still owed to users: a deferred command, a placeholder in a channel. When the bot
 * must stop before they are finished, each gets one last edit saying so, and what their handlers
 * write afterwards is dropped, so nobody is left reading "you are number 3 in line" forever.
 */
export class OpenReplies {
  private readonly open = new Set<ReplySurface>();
  private closed = false;

  /** How many replies are still owed. */
  get size(): number {
    return this.open.size;
  }

  /** Registers `surface` until released; the returned surface stops writing once `closeAll` ran. */
  hold(surface: ReplySurface): HeldReply {
    this.open.add(surface);
    const writing = () => !this.closed || !this.open.has(surface);
    const held: ReplySurface = {
      edit: (message) => (writing() ? surface.edit(message) : Promise.resolve(undefined)),
      send: (message) => (writing() ? surface.send(message) : Promise.resolve(undefined)),
    };
    return { surface: held, release: () => void this.open.delete(surface) };
  }

  /** Edits every reply still owed to `content`, once; resolves to how many were told. */
  async closeAll(content: string, onError: (error: unknown) => void): Promise<number> {
    this.closed = true;
    let told = 0;
    await Promise.all(
      [...this.open].map(async (surface) => {
        try {
          await surface.edit({ content, components: [] });
          told += 1;
        } catch (error) {
          onError(error);
        }
      }),
    );
    return told;
  }
}
