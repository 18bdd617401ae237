import { describe, expect, it } from 'vitest'

import { bytesToSize } from './bytesToSize'

describe('bytesToSize', () => {
  it('writes file sizes with an Italian decimal comma', () => {
    expect(bytesToSize(512)).toBe('512 byte')
    expect(bytesToSize(850_000)).toBe('850 kB')
    expect(bytesToSize(1_234_567)).toBe('1,2 MB')
  })
})
