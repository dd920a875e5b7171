import type {Command} from '../command.ts';
import {estimateCommand} from './estimate.ts';
import {quotasCommand} from './quotas.ts';

/** Every sub-command, in the order `lambda-lab --help` lists them. Add new commands here. */
export const COMMANDS: readonly Command[] = [quotasCommand, estimateCommand];
