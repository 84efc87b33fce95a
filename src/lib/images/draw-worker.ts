// A worker thread's entry: Node loads it straight from the source (type stripping), also during a
// build, whose own modules are bundled elsewhere. It draws each job it is sent.
import { drawImage, type ImageJob } from './draw-image.ts';
import { answerTasks } from './worker-pool.ts';

answerTasks<ImageJob, Uint8Array>(drawImage);
