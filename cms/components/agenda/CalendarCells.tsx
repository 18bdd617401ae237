type CellProps = { cellData?: unknown }

/** "Prenotabile online" in the list of calendars: Sì / No in words, not a raw true/false. */
export function ActiveCell({ cellData }: CellProps) {
  return <span>{cellData === false ? 'No' : 'Sì'}</span>
}

/** A slot's length in the list: "20 min". */
export function MinutesCell({ cellData }: CellProps) {
  return <span>{typeof cellData === 'number' ? `${cellData} min` : ''}</span>
}

/** Citizens per slot in the list: "2 sportelli". */
export function DesksCell({ cellData }: CellProps) {
  return <span>{typeof cellData === 'number' ? `${cellData} ${cellData === 1 ? 'sportello' : 'sportelli'}` : ''}</span>
}
