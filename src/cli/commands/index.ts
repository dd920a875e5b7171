import type {Command} from '../command.ts';
import {estimateCommand} from './estimate.ts';
import {checkCommand} from './check.ts';
import {quotasCommand} from './quotas.ts';
import {cpuCommand} from './cpu.ts';
import {tuneCommand} from './tune.ts';
import {simulateCommand} from './simulate.ts';

/** Every sub-command, in the order `lambda-lab --help` lists them. Add new commands here. */
export const COMMANDS: readonly Command[] = [quotasCommand, estimateCommand, cpuCommand, tuneCommand, checkCommand, simulateCommand];
