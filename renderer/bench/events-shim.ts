// Node's `events` for pouchdb-browser in the benchmark build only (vite.config.ts aliases `events` here in
// bench mode): the browser bundle imports it and the repository has no browser copy of it. PouchDB uses
// on/once/emit/removeListener/removeAllListeners/listeners/listenerCount, and copies the prototype's
// enumerable methods onto its constructor (so these are assigned to the prototype, not class methods).
type Listener = (...args: unknown[]) => void;
type Emitter = { _events?: Map<string | symbol, Listener[]> };

function listenersOf(self: Emitter, type: string | symbol): Listener[] {
  self._events ??= new Map();
  let list = self._events.get(type);
  if (!list) self._events.set(type, (list = []));
  return list;
}

// A constructor function, as Node's is: PouchDB's classes extend it and read its prototype's keys.
function EventEmitter(this: Emitter) {
  this._events = new Map();
}

const proto = EventEmitter.prototype as Record<string, unknown>;
proto['on'] = proto['addListener'] = function (this: Emitter, type: string | symbol, listener: Listener) {
  listenersOf(this, type).push(listener);
  return this;
};
proto['prependListener'] = function (this: Emitter, type: string | symbol, listener: Listener) {
  listenersOf(this, type).unshift(listener);
  return this;
};
proto['once'] = function (this: Emitter, type: string | symbol, listener: Listener) {
  const wrapper: Listener & { listener?: Listener } = (...args) => {
    (proto['removeListener'] as (this: Emitter, t: string | symbol, l: Listener) => void).call(this, type, wrapper);
    listener.apply(this, args);
  };
  wrapper.listener = listener;
  listenersOf(this, type).push(wrapper);
  return this;
};
proto['removeListener'] = proto['off'] = function (this: Emitter, type: string | symbol, listener: Listener) {
  const list = listenersOf(this, type);
  const at = list.findIndex((l) => l === listener || (l as { listener?: Listener }).listener === listener);
  if (at >= 0) list.splice(at, 1);
  return this;
};
proto['removeAllListeners'] = function (this: Emitter, type?: string | symbol) {
  if (type === undefined) this._events = new Map();
  else this._events?.delete(type);
  return this;
};
proto['emit'] = function (this: Emitter, type: string | symbol, ...args: unknown[]) {
  const list = [...listenersOf(this, type)];
  if (type === 'error' && list.length === 0) throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error event: ${String(args[0])}`);
  for (const listener of list) listener.apply(this, args);
  return list.length > 0;
};
proto['listeners'] = function (this: Emitter, type: string | symbol) {
  return listenersOf(this, type).map((l) => (l as { listener?: Listener }).listener ?? l);
};
proto['listenerCount'] = function (this: Emitter, type: string | symbol) {
  return listenersOf(this, type).length;
};
proto['setMaxListeners'] = function (this: Emitter) {
  return this;
};
(EventEmitter as unknown as { listenerCount: (e: Emitter, t: string) => number }).listenerCount = (emitter, type) => listenersOf(emitter, type).length;

export default EventEmitter;
export { EventEmitter };
