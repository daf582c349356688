// Server-sent events framing, read side (HTML Living Standard, "Server-sent events", §9.2.6): fields, comments,
// multi-line data, CRLF / LF / CR line ends.

export interface SseMessage {
  id: string | undefined;
  event: string;
  data: string;
}

/** Feeds text as it arrives; calls `emit` for every complete message. */
export function sseParser(emit: (message: SseMessage) => void): (chunk: string) => void {
  let buffer = '';
  let id: string | undefined;
  let event = '';
  let data: string[] = [];
  const line = (text: string) => {
    if (text === '') {
      if (data.length > 0) emit({ id, event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    const value = colon < 0 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
  };
  return (chunk) => {
    buffer += chunk;
    const lines = buffer.split(/\r\n|\r|\n/);
    // A CR at the very end may be half of a CRLF: keep it with the unfinished line.
    buffer = lines.pop() ?? '';
    if (buffer === '' && chunk.endsWith('\r')) buffer = '\r';
    for (const text of lines) line(text);
  };
}
