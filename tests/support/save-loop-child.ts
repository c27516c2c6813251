// Child process for the crash test: saves a draft in a loop and acknowledges each save on stdout only
// after save() has returned (i.e. after the transaction committed).
import { DraftStore } from '../../main/core/drafts/draft-store';
import { openUserDb } from '../../main/core/userdata/user-db';

const dir = process.argv[2];
const db = openUserDb(dir);
const drafts = new DraftStore(db);
const d = drafts.create({ title: 'crash test', jurisdiction: 'ATL', amends: null, text: 'v0' });
process.stdout.write(`draft ${d.id}\n`);
for (let i = 1; ; i++) {
  drafts.save(d.id, `v${i} ${'texto '.repeat(200)}`, 'autosave');
  process.stdout.write(`ack ${i}\n`);
}
