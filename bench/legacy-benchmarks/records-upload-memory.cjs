// Benchmark (issue 7, "Must show"): uploading a 25 MB report keeps the records service's heap
// growth under 30 MB, because the bytes are streamed to disk (hashed and encrypted on the way),
// never buffered whole. Runs the whole platform in this process (gateway, identity, the four
// subgraphs) and sends the file from disk through the gateway's same-origin upload URL, so the
// figure is an upper bound for the records service alone.
//
//   pnpm bench            (builds first; or: node --expose-gc benchmarks/records-upload-memory.cjs)
//
// Prints the baseline and peak V8 heap (after a forced GC before the upload) and exits non-zero
// when the growth is over the target.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const TARGET_MB = 30;
const FILE_MB = 25;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-bench-'));
process.env.RECORDS_FILES_DIR = path.join(dir, 'files');
process.env.LOG_LEVEL ??= 'warn';

const { startTestPlatform } = require('../gateway/dist/testing/start-platform.js');
const { gql, signUpPatient } = require('../gateway/dist/intake/intake-test-client.js');

/** A 25 MB file (the limit) the records service accepts as a PDF (its content is checked by magic bytes). */
function writeLargePdf(file) {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const tail = Buffer.from('\n%%EOF\n');
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, head);
  let left = FILE_MB * 1024 * 1024 - head.length - tail.length;
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  while (left > 0) {
    left -= fs.writeSync(out, chunk, 0, Math.min(chunk.length, left));
  }
  fs.writeSync(out, tail);
  fs.closeSync(out);
  return fs.statSync(file).size;
}

/** PUTs a file from disk, streamed (the sender holds one chunk at a time). */
function put(url, file, size) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'PUT',
      headers: { 'content-length': String(size), 'content-type': 'application/pdf' },
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', reject);
    fs.createReadStream(file).pipe(request);
  });
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

async function main() {
  if (typeof global.gc !== 'function') throw new Error('run with node --expose-gc');
  const file = path.join(dir, 'large.pdf');
  const size = writeLargePdf(file);
  const platform = await startTestPlatform();
  try {
    const patient = await signUpPatient(platform, 'bench.patient@example.org', 'Bench Patient');
    await gql(
      platform,
      patient,
      `mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }`,
      {
        id: patient.patientId,
        p: {
          fullName: 'Bench Patient',
          birthDate: '1970-01-01',
          gender: 'FEMALE',
          phone: '+919000009999',
        },
      },
    );
    const started = await gql(
      platform,
      patient,
      `mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }`,
      { p: patient.patientId, k: crypto.randomUUID() },
    );
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    const caseId = started.data.startCase.id;
    let ticket;
    for (let attempt = 0; !ticket && attempt < 50; attempt += 1) {
      const asked = await gql(
        platform,
        patient,
        `mutation ($input: RequestUploadInput!) { requestUpload(input: $input) { uploadId uploadUrl } }`,
        {
          input: {
            caseId,
            fileName: 'large scan.pdf',
            contentType: 'application/pdf',
            byteSize: size,
            kind: 'OTHER',
          },
        },
      );
      ticket = asked.data?.requestUpload;
      if (!ticket && attempt === 49) console.error(JSON.stringify(asked.errors));
      if (!ticket) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!ticket) throw new Error('no upload ticket');

    global.gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 2);
    const startedAt = performance.now();
    const status = await put(`${platform.origin}${ticket.uploadUrl}`, file, size);
    const completed = await gql(
      platform,
      patient,
      `mutation ($id: ID!) { completeUpload(uploadId: $id) { id size } }`,
      { id: ticket.uploadId },
    );
    const seconds = (performance.now() - startedAt) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (status !== 200 || completed.data?.completeUpload.size !== size) {
      throw new Error(`upload failed: ${status} ${JSON.stringify(completed.errors)}`);
    }
    const growth = peak - baseline;
    console.log(`records upload of a ${mb(size)} MB PDF through the gateway`);
    console.log(`  time              ${seconds.toFixed(2)} s`);
    console.log(`  heap before       ${mb(baseline)} MB`);
    console.log(`  heap peak         ${mb(peak)} MB`);
    console.log(`  heap growth       ${mb(growth)} MB (target < ${TARGET_MB} MB)`);
    if (growth >= TARGET_MB * 1024 * 1024) {
      console.error('over target');
      process.exitCode = 1;
    }
  } finally {
    await platform.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
