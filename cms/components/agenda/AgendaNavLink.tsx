'use client'
import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'

import { agendaPath } from './paths'

/**
 * "Agenda del giorno" in the navigation, inside the "Appuntamenti" group beside the calendars and
 * the bookings (Payload groups collections only: the link joins the group once it is drawn, and
 * stays after the groups when there is none, for staff who do not see the group).
 */
export function AgendaNavLink() {
  const pathname = usePathname()
  const [group, setGroup] = useState<Element | null>(null)
  const [ready, setReady] = useState(false)
  useEffect(() => {
    setGroup(document.querySelector('[id="nav-group-Appuntamenti"] .nav-group__content'))
    setReady(true)
  }, [])
  if (!ready) return null
  const href = `/admin${agendaPath}`
  const link = (
    <a className="nav__link" href={href} id="nav-agenda" aria-current={pathname === href ? 'page' : undefined}>
      <span className="nav__link-label">Agenda del giorno</span>
    </a>
  )
  return group ? createPortal(link, group) : link
}
