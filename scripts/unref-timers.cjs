// Preloaded into Prisma CLI processes only. The WebAssembly schema engine arms
// 10 s (60 s for `migrate dev`) timers that keep Node alive after the work is
// done; long timers must not hold the process open, short ones still do.
for (const name of ["setTimeout", "setInterval"]) {
  const original = globalThis[name];
  globalThis[name] = function unrefLongTimer(callback, delay, ...rest) {
    const timer = original.call(this, callback, delay, ...rest);
    if (typeof delay === "number" && delay >= 5000) timer?.unref?.();
    return timer;
  };
}
