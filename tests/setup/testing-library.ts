// Component tests: each test starts from an empty document.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// React warns unless it is told that this environment wraps updates in act() (Testing Library does).
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
