# __NAME__: what is known

TODO(new-service): what the extension and its replica (`./replica.mjs`) rely on for
__NAME__'s page, where each fact comes from, and how sure we are. The service cannot be
opened from the build machines: the tests run on the replica, modelled on this file, and the
code must stay tolerant wherever confidence is not high. Correct this file first when you
learn something new, then the replica, then the data (`./service.ts`).

**Confidence** used below:

- **high**: seen in shipped public code, or on the service's own help page;
- **medium**: several public write-ups agree;
- **low**: a single write-up, or our inference.

## The page and its control

| page | control and its English label | default | confidence |
|---|---|---|---|
| TODO(new-service) | TODO(new-service) | | |

## What the extension relies on, and what is unverified

- **The switch**: TODO(new-service).
- *Unverified*: TODO(new-service).
- **The replica** (`./replica.mjs`, on `tests/fixtures/switch-site.mjs`): what it takes from
  the facts above, and what it invents.
