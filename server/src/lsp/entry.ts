// The entry point bundled as dist/server.js.
import { runServer } from './main';

runServer();
