import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installProcessGuards } from '../../src/bot/process-guards.js';
import { memoryLogger } from './harness.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
function fakeProcess() {
  const emitter = new EventEmitter() as EventEmitter & { exits: number[]; exit(code: number): void };
  emitter.exits = [];
  emitter.exit = (code) => void emitter.exits.push(code);
  return emitter;
}

describe('installProcessGuards', () => {
  it('logs an unhandled rejection and keeps running', () => {
    const logs: any[] = [];
    const proc = fakeProcess();
    installProcessGuards(memoryLogger(logs), proc);
    proc.emit('unhandledRejection', new TypeError("Cannot read properties of null (reading 'id')"));
    expect(proc.exits).toEqual([]);
    expect(logs).toMatchObject([{ level: 50, msg: 'unhandled rejection (still serving)', err: { type: 'TypeError' } }]);
  });

  it('logs an uncaught exception as fatal and exits with code 1', () => {
    const logs: any[] = [];
    const proc = fakeProcess();
    installProcessGuards(memoryLogger(logs), proc);
    proc.emit('uncaughtException', new Error('state unknown'));
    expect(proc.exits).toEqual([1]);
    expect(logs).toMatchObject([{ level: 60, msg: 'uncaught exception: exiting', err: { message: 'state unknown' } }]);
  });
});
