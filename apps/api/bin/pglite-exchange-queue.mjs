// @ts-check
// The order in which PGlite, one database session, serves the messages of several connections.
//
// pglite-socket's own queue keeps a connection's messages together only inside a transaction.
// Outside one, the messages of two connections' extended-protocol queries (Parse, Bind, Describe,
// Execute … Sync) interleave, and the session's unnamed statement of one is replaced by the
// other's ("unnamed prepared statement does not exist"). This queue also keeps a connection's
// messages together from its first extended-protocol message to its Sync, so that any number of
// connections may query at once.

const SYNC = 0x53; // 'S'
const SIMPLE_QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4]);

/** @param {Uint8Array} message */
const opensExchange = (message) =>
  message.length >= 5 && ![SYNC, SIMPLE_QUERY, TERMINATE].includes(message[0]) && isTypedMessage(message);

/** Start-up and SSL requests carry no type byte: their first four bytes are a length. */
/** @param {Uint8Array} message */
const isTypedMessage = (message) => {
  const length = ((message[1] << 24) | (message[2] << 16) | (message[3] << 8) | message[4]) >>> 0;
  return length + 1 === message.length;
};

export class ExchangeQueue {
  /** @param {import('@electric-sql/pglite').PGlite} db */
  constructor(db) {
    this.db = db;
    /** @type {{ handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void, resolve: (n: number) => void, reject: (e: unknown) => void }[]} */
    this.queue = [];
    this.processing = false;
    /** @type {number | null} the connection whose messages come next, if any must */
    this.owner = null;
    this.midExchange = false;
  }

  /**
   * @param {number} handlerId
   * @param {Uint8Array} message
   * @param {(data: Uint8Array) => void} onData
   * @returns {Promise<number>}
   */
  enqueue(handlerId, message, onData) {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.processQueue();
    });
  }

  async processQueue() {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const held = this.owner !== null && (this.midExchange || this.db.isInTransaction());
        const index = held ? this.queue.findIndex((item) => item.handlerId === this.owner) : 0;
        // The owner's next message is still on its way: the others wait for it.
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        this.owner = item.handlerId;
        if (opensExchange(item.message)) this.midExchange = true;
        else if (item.message[0] === SYNC || item.message[0] === SIMPLE_QUERY) this.midExchange = false;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }

  getQueueLength() {
    return this.queue.length;
  }

  /** @param {number} handlerId */
  clearQueueForHandler(handlerId) {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /** A connection that left mid-exchange or mid-transaction must not hold the session. */
  /** @param {number} handlerId */
  async clearTransactionIfNeeded(handlerId) {
    if (this.owner !== handlerId) return;
    if (this.midExchange) await this.db.runExclusive(() => this.db.execProtocolRaw(SYNC_MESSAGE));
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    this.midExchange = false;
    await this.processQueue();
  }
}
