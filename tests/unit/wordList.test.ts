import { describe, expect, it } from 'vitest'

import { wordListText, wordsOf } from '../../src/domain/wordList'

describe('a word list, one word or phrase per line', () => {
  it('drops blank lines and surrounding spaces, and makes runs of spaces one', () => {
    expect(wordsOf('  casino \n\n\t\nfree   money\r\n  ')).toEqual(['casino', 'free money'])
  })

  it('counts an entry once whatever its case, keeping the first spelling', () => {
    expect(wordsOf('Casino\ncasino\nCASINO\nbet')).toEqual(['Casino', 'bet'])
  })

  it('reads the array the lists were stored as before, even with lines inside an entry', () => {
    expect(wordsOf(['casino', ' free money ', '', 'a\nb'])).toEqual(['casino', 'free money', 'a', 'b'])
  })

  it('stores an empty list as nothing at all', () => {
    expect(wordListText(' \n \n')).toBeNull()
    expect(wordListText(null)).toBeNull()
    expect(wordListText(['x', 'X '])).toBe('x')
  })
})
