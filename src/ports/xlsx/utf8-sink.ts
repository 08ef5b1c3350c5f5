const encoder = new TextEncoder();

/**
 * Text gathered straight into UTF-8 bytes, piece by piece: a large sheet
 * never becomes one string (engines cap a string's length) nor a list of
 * encoded pieces to join.
 */
export class Utf8Sink {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  write(text: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 unit.
    const need = this.length + text.length * 3;
    if (need > this.buffer.length) {
      const grown = new Uint8Array(Math.max(need, Math.floor(this.buffer.length * 1.5)));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
