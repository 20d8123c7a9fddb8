import { expect, test } from '@playwright/test'

const founder = { name: 'Founding Editor', email: 'founder@legwork.test', password: 'e2e-password-long-enough' }

test.describe.configure({ mode: 'serial' })

test('a fresh site asks for the first account and makes it the admin', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/create-first-user/)
  await page.locator('#field-email').fill(founder.email)
  await page.locator('#field-password').fill(founder.password)
  await page.locator('#field-confirm-password').fill(founder.password)
  await page.locator('#field-name').fill(founder.name)
  await page.getByRole('button', { name: /create/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: /users/i }).first()).toBeVisible()
})

test('the login page renders and a user signs in through it', async ({ page }) => {
  await page.goto('/admin/login')
  await expect(page.locator('#field-email')).toBeVisible()
  await expect(page.locator('#field-password')).toBeVisible()
  await page.locator('#field-email').fill(founder.email)
  await page.locator('#field-password').fill(founder.password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: /media/i }).first()).toBeVisible()
})

test('a wrong password is refused on the login page', async ({ page }) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(founder.email)
  await page.locator('#field-password').fill('not-the-password')
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page.getByText(/incorrect/i)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})
